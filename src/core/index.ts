export { analyze, compareFlags, type Analysis } from './analyze';
export { detectTopic, type TopicResult } from './topic';
export { CATEGORIES, CATEGORY_IDS, getCategory, highlightCss, highlightName, isCategoryId } from './categories';
export type { CategoryId, Flag, Quotation, Sentence } from './types';
