import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { detectGenre, genreSummary, metadataHits } from '../../src/core/genre';
import markers from '../../src/core/genre-markers.json';

/** A wire report: attributed sentence after sentence. */
const WIRE = [
  'Russian forces struck the city of Dnipro overnight, regional governor Serhiy Lysak said on Tuesday.',
  'Three people were injured and two apartment buildings were damaged, he said.',
  'Ukraine’s air force said it had shot down 24 of the 31 drones launched overnight.',
  'The Russian defence ministry said its forces had hit military targets.',
  'Neither claim could be independently verified, according to the agency.',
  'The strike came a day after talks in Istanbul ended without agreement, officials said.',
].join(' ');

/** A reader's letter: the writer argues, in the first person, and attributes nothing. */
const LETTER = [
  'I have read every promise this government has made about air defence, and I am tired of them.',
  'What Kyiv needs is not another summit but shells.',
  'Half-measures have become the alliance’s habit, and habits are hard to break.',
  'We can afford this, and we know it.',
  'The question is no longer whether Ukraine will get the jets, but why it took so long.',
  'I will keep writing until somebody in Congress listens.',
].join(' ');

describe('detectGenre', () => {
  it.each([
    ['https://www.example.com/opinion/letters/letter-support-ukraine/article_1.html', 'letter'],
    ['https://example.com/opinion/letters_to_editor/keep-helping', 'letter'],
    ['https://example.com/2022/04/08/letter-ukrainians-need-weapons/', 'letter'],
    ['https://example.com/opinion/editorials/aid-package-must-pass', 'editorial'],
    ['https://www.theguardian.com/commentisfree/2023/feb/24/ukraine-one-year', 'column'],
    ['https://example.com/opinions/2022/04/26/biden-owns-this-war/', 'column'],
    ['https://example.com/news/analysis/what-the-strike-means', 'analysis'],
  ])('reads the genre of %s from its address', (url, genre) => {
    expect(detectGenre({ url }, WIRE).genre).toBe(genre);
  });
  it.each([
    [{ title: 'Opinion | The West is running out of excuses' }, 'column'],
    [{ title: 'To the editor: Keep helping Ukraine' }, 'letter'],
    [{ section: 'Letters to the Editor' }, 'letter'],
    [{ types: ['https://schema.org/OpinionNewsArticle'] }, 'column'],
    [{ types: ['AnalysisNewsArticle'] }, 'analysis'],
    [{ genres: ['Opinion'] }, 'column'],
    [{ authors: ['The Editorial Board'] }, 'editorial'],
  ] as const)('reads the genre from metadata %j', (meta, genre) => {
    const reading = detectGenre(meta, WIRE);
    expect(reading.genre).toBe(genre);
    expect(reading.basis).toBe('metadata');
    expect(reading.reasons.length).toBeGreaterThan(0);
  });
  it('prefers the most specific genre: /opinion/letters/ is a letter, not a column', () => {
    const hits = metadataHits({ url: 'https://example.com/opinion/letters/x' }).map((h) => h.genre);
    expect(hits).toEqual(expect.arrayContaining(['column', 'letter']));
    expect(detectGenre({ url: 'https://example.com/opinion/letters/x' }, WIRE).genre).toBe('letter');
  });
  it('reads a section named in joined words, but never a word of the article slug', () => {
    expect(detectGenre({ url: 'https://example.com/public_content/political_commentary/is_there_a_deal' }, WIRE).genre).toBe('column');
    expect(detectGenre({ url: 'https://example.com/world/why-public-opinion-shifted' }, WIRE).genre).toBe('news');
  });
  it('reads a wire report without metadata as news, and says why', () => {
    const r = detectGenre(undefined, WIRE);
    expect(r).toMatchObject({ genre: 'news', opinion: false, basis: 'text' });
    expect(r.text.attributed).toBeGreaterThan(r.text.judged);
  });
  it('reads an argued, first-person text without metadata as opinion', () => {
    const r = detectGenre(undefined, LETTER);
    expect(r.opinion).toBe(true);
    expect(r.basis).toBe('text');
    expect(r.text.judged / r.text.sentences).toBeGreaterThanOrEqual(0.5);
  });
  it('knows a letter by its opening', () => {
    expect(detectGenre(undefined, `To the editor: ${LETTER}`).genre).toBe('letter');
  });
  it('needs the text to agree with a blog path (companies put news under /blog/ too)', () => {
    expect(detectGenre({ url: 'https://example.com/blog/strike-on-dnipro' }, WIRE).genre).toBe('news');
    expect(detectGenre({ url: 'https://example.com/blog/my-thoughts' }, LETTER).genre).toBe('blog');
  });
  it('reads a blog host reposting a report as news: the text judges here and there but attributes more', () => {
    const repost = [
      'The governor said three people were injured in the overnight strike on the city.',
      'Emergency services said the fire was put out by the morning.',
      'The regional administration said power had been restored to most homes.',
      'The dictator’s missiles hit a school and a bakery near the river.',
      'The cowardly attack came only hours after the talks in Geneva ended.',
      'Officials told reporters that the repairs would take several weeks.',
    ].join(' ');
    const r = detectGenre({ url: 'https://someone.blogspot.com/2025/03/strike.html' }, repost);
    expect(r.text.judged / r.text.sentences).toBeGreaterThanOrEqual(0.3);
    expect(r.text.attributed).toBeGreaterThan(r.text.judged);
    expect(r.genre).toBe('news');
  });
  it('decides nothing from a text too short to tell', () => {
    expect(detectGenre(undefined, 'What a week.')).toMatchObject({ genre: 'news', basis: 'none', reasons: [] });
  });
  it('reads the analysis it is given instead of analysing again', () => {
    const a = analyze(LETTER);
    expect(detectGenre(undefined, LETTER, a)).toEqual(detectGenre(undefined, LETTER));
    // An analysis that found no sentences leaves nothing to judge the text by.
    expect(detectGenre(undefined, LETTER, { ...a, sentences: [] })).toMatchObject({ genre: 'news', basis: 'none' });
  });
  it('sums itself up for the reader', () => {
    expect(genreSummary(detectGenre({ url: 'https://example.com/opinion/letters/x' }, LETTER))).toMatch(/^Opinion piece \(reader letter\): /);
    expect(genreSummary(detectGenre(undefined, WIRE))).toBeNull();
  });
});

/**
 * Pages written for these tests in our own words: news full of other people's first person and
 * prescriptions must stay news (what is quoted or reported is theirs), and opinion without any
 * metadata must still read as opinion.
 */
const QUOTED_NEWS = [
  'Ukraine’s foreign minister on Monday urged allies to speed up deliveries of air defence systems after a night of drone attacks on the capital.',
  '“We must act now, and we cannot wait for another winter like the last one,” Andrii Sybiha told reporters in Brussels.',
  '“I am asking every partner: give us what you promised,” he said.',
  'German Chancellor Olaf Scholz said his government would send a further battery by the end of the year.',
  '“Europe has to take responsibility for its own security,” Scholz told a news conference in Berlin.',
  'Hungary’s prime minister said the aid should be paused until peace talks begin.',
  '“I will never support sending more weapons into this war,” Viktor Orbán said in a radio interview.',
  'NATO allies are due to meet in The Hague next month to discuss the alliance’s budget.',
  'Russia’s defence ministry said its forces had shot down 40 Ukrainian drones over the Belgorod region.',
].join(' ');

/** Prescriptions and first person reported without quotation marks, as extractions often leave them: the speakers' words. */
const URGED_NEWS = [
  'The allies must send more air defence before winter, Ukraine’s foreign minister urged on Monday.',
  'Europe cannot keep waiting for Washington, he insisted in Brussels.',
  'We need the systems now, not next year, and I will keep asking until we get them.',
  'The plea came as Russian drones struck power plants in three regions overnight.',
  'Germany has to lead on this, the Polish prime minister argued at the same meeting.',
  'Hungary’s foreign minister warned that more weapons would only prolong the war.',
  'No decision is expected before the summit in June.',
  'The meeting ends on Tuesday.',
].join(' ');

/** A live page: scene-setting, a forecast of the day's work, officials who "say" and "claim"; nobody argues in person. */
const LIVE_NEWS = [
  'Officials in Odesa say at least 14 people were killed when a missile hit a covered market on Saturday afternoon.',
  'Rescuers dug through the rubble under floodlights until morning.',
  'By dawn the chance of pulling anyone else out alive had almost gone.',
  'The market hall is now a heap of scorched metal.',
  'The operation will inevitably turn from rescue to recovery today.',
  'The navy claims the missile was launched from a ship off the Crimean coast.',
  'Local leaders at the scene say the strike exposes the lie of Moscow’s talk about precise weapons.',
  'Few attacks this year have been as cruel as this one.',
].join(' ');

/** An outlet's house words ("the occupiers", "the terrorist state") in a report that attributes with "believes" and "suggest". */
const HOUSE_STYLE_NEWS = [
  'Military intelligence in Kyiv believes the Kremlin dictator is preparing a new push on Zaporizhzhia this summer.',
  'The occupiers have moved two more brigades to the south in the past month.',
  'The terrorist state keeps shelling the city’s outskirts to wear down its defenders.',
  'Moscow refuses to acknowledge the heavy losses of its units near Robotyne.',
  'The Russian leader cares nothing for the lives of his own conscripts.',
  'Western experts suggest the offensive may stall before it reaches the first line of fortifications.',
  'For now the front there is quiet, but not for long.',
  'Ukrainian forces repelled eleven assaults in the area on Tuesday.',
].join(' ');

/** A live page's furniture: teaser questions, "stay with us", "our full report", an exclamation. */
const LIVE_PAGE_TEASERS = [
  'What happened overnight?',
  'Russia launched one of its largest drone attacks of the year on Kharkiv, hitting a printing works and two apartment blocks.',
  'Why does Kharkiv keep getting hit?',
  'The city is barely 30 kilometres from the border, so missiles reach it within a minute or two.',
  'Can air defence keep up?',
  'Not on nights like this one, when the drones come in waves.',
  'Stay with us for the latest updates!',
  'The scale of the destruction in the northern districts is staggering.',
  'You can read our full report on the strike here.',
  'Firefighters battled the blaze at the printing works for six hours.',
].join(' ');

/** An editorial without metadata: the paper speaks as "we", prescribes and takes a stance. */
const EDITORIAL = [
  'This newspaper has argued for two years that Ukraine’s friends should give it what it needs to win, not merely to survive.',
  'Congress has now let that argument drift for four months.',
  'The delay is not prudence; it is a choice, and a costly one.',
  'Every week without shells means more ground lost and more towns emptied.',
  'Our lawmakers must pass the aid package before the recess.',
  'We cannot ask soldiers to hold a line we refuse to supply.',
  'Nobody should pretend that Moscow is waiting politely for the vote.',
  'The House should vote this week.',
].join(' ');

/** A column without metadata: one writer's argument, with a quoted expert beside it. */
const COLUMN = [
  'Western capitals keep telling themselves that time is on Ukraine’s side.',
  'It plainly is not.',
  'Every month of hesitation has let Russia dig deeper and rebuild its stocks of missiles.',
  '“The window is closing,” a retired general told me last week, and he is right.',
  'We should stop pretending that caution is a strategy.',
  'Why do we keep announcing weapons that arrive a season too late?',
  'Surely the lesson of the last three years is that half-measures cost more lives, not fewer.',
  'The allies need to decide now whether they want Ukraine to win.',
].join(' ');

/** A reader's letter with no opening formula and no metadata. */
const BARE_LETTER = [
  'I was disappointed to read that our senator still opposes the aid bill.',
  'My grandparents fled a war in Europe, and I know what abandonment looks like.',
  'Ukraine is not asking for our soldiers, only for the means to defend itself.',
  'We should be proud to help, not embarrassed by it.',
  'The senator owes voters an explanation, and I intend to ask for one at the next town hall.',
  'Shame on anyone who treats this as a bargaining chip.',
  'Jane Doe, Springfield',
].join(' ');

describe('detectGenre without metadata: whose words the text carries', () => {
  it.each([
    ['quoted first person and prescriptions', QUOTED_NEWS],
    ['prescriptions and first person reported without quotation marks', URGED_NEWS],
    ['a live page’s scene-setting', LIVE_NEWS],
    ['an outlet’s house words', HOUSE_STYLE_NEWS],
    ['a live page’s teasers and its newsroom “we”', LIVE_PAGE_TEASERS],
  ])('reads news with %s as news', (_name, text) => {
    const r = detectGenre(undefined, text);
    expect(r.genre, r.reasons.join('; ')).toBe('news');
    expect(r.text.voice).toBeLessThan(3);
  });
  it('does not count quoted and reported speakers’ judgement and first person as the writer’s', () => {
    const quoted = detectGenre(undefined, QUOTED_NEWS).text;
    expect(quoted).toMatchObject({ voice: 0, firstPerson: 0 });
    const reported = detectGenre(undefined, URGED_NEWS).text;
    expect(reported.own).toBeLessThan(reported.judged);
    expect(reported.voice).toBeLessThanOrEqual(1);
  });
  it('reads a sentence closed by a speaker’s tag in the present tense as the speaker’s (", the analyst notes.")', () => {
    const analystSays = [
      'The offensive has plainly run out of steam, the analyst notes.',
      'Moscow should stop pretending it can win this year, she argues in the report.',
      'We must be honest about how little the new brigades can do, the general insists.',
      'The losses are undoubtedly far higher than the ministry admits, a former officer writes.',
      'Nobody in the Kremlin wants to tell the president the truth, the report concludes.',
    ].join(' ');
    const r = detectGenre(undefined, analystSays);
    expect(r.text.judged).toBeGreaterThanOrEqual(3);
    expect(r.text).toMatchObject({ own: 0, voice: 0 });
    expect(r.genre).toBe('news');
  });
  it('wants the writer’s own voice, not only judging sentences, before calling a text opinion', () => {
    const r = detectGenre(undefined, HOUSE_STYLE_NEWS);
    // The house words make the text judge in a third of its sentences, in its own words…
    expect(r.text.own / r.text.sentences).toBeGreaterThanOrEqual(0.25);
    expect(r.text.own).toBeGreaterThan(r.text.attributed);
    // …but it never prescribes, takes a stance or speaks for a "we": news.
    expect(r.text.voice).toBe(0);
    expect(r.opinion).toBe(false);
  });
  it.each([
    ['an editorial', EDITORIAL],
    ['a column', COLUMN],
    ['a reader’s letter without its opening formula', BARE_LETTER],
  ])('reads %s without metadata as opinion', (_name, text) => {
    const r = detectGenre(undefined, text);
    expect(r.opinion, r.reasons.join('; ')).toBe(true);
    expect(r.basis).toBe('text');
    expect(r.text.voice).toBeGreaterThanOrEqual(3);
  });
  it('reads a letter that opens with its formula as a letter', () => {
    expect(detectGenre(undefined, `Dear Editor, ${BARE_LETTER}`).genre).toBe('letter');
    expect(detectGenre(undefined, `Dear Sir, ${BARE_LETTER}`).genre).toBe('letter');
  });
  it('needs the text to agree with an opening a report can share ("In response to …")', () => {
    const report = `In response to the overnight strike, Ukraine’s air force said it had moved two more batteries to the city. ${WIRE}`;
    expect(detectGenre(undefined, report).genre).toBe('news');
    expect(detectGenre(undefined, `In response to your report on the aid bill: ${BARE_LETTER}`).genre).toBe('letter');
  });
});

describe('genre markers (data, not code)', () => {
  const GENRES = ['news', 'analysis', 'editorial', 'column', 'letter', 'blog'];
  it.each(Object.entries(markers).filter(([k]) => k !== 'about'))('%s: sorted, lower-case, unique, each with a genre and a reason', (_name, list) => {
    const entries = list as { term: string; genre: string; reason: string }[];
    const terms = entries.map((e) => e.term);
    expect(terms).toEqual([...terms].sort());
    expect(new Set(terms).size).toBe(terms.length);
    for (const e of entries as { term: string; genre: string; reason: string; weak?: unknown }[]) {
      expect(e.term).toBe(e.term.toLowerCase());
      if ('weak' in e) expect(e.weak, e.term).toBe(true);
      expect(GENRES).toContain(e.genre);
      expect(e.reason.length, e.term).toBeGreaterThan(5);
    }
  });
});
