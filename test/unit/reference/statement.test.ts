import { describe, expect, it } from 'vitest';
import { readStatement, isCheckable } from '../../../src/core/reference/text/statement';
import { vocabularyWith } from '../../../src/core/reference/text/vocabulary';
import { isStoryPlace } from '../../../src/core/reference/text/anchors';

const vocabulary = vocabularyWith([{ term: 'atacms', id: 'atacms', kind: 'weapon', reason: 'test' }]);
const read = (text: string) => readStatement(text, 0, text.length, vocabulary);

describe('a sentence read as a claim', () => {
  it.each([
    ['Biden authorized Ukraine to strike inside Russia.', 'positive', 'norm'],
    ['Washington gave Kyiv the go-ahead to fire the missiles into Russia.', 'positive', 'norm'],
    ['The U.S. lifted the ban on strikes inside Russia.', 'positive', 'norm'],
    ['The easing of restrictions lets Kyiv hit targets in Russia.', 'positive', 'norm'],
    ['The United States bars Ukraine from striking inside Russia.', 'negative', 'norm'],
    ['Biden refused to allow strikes inside Russia.', 'negative', 'norm'],
    ['Ukraine pledged not to use the rockets to initiate strikes within Russia.', 'negative', 'norm'],
    ['“We’re not going to send Ukraine rocket systems that strike into Russia,” Biden said.', 'negative', 'norm'],
    ['Ukraine has not used HIMARS against targets in Russia.', 'negative', 'occurrence'],
    ['Russia fired 120 missiles at Kyiv.', 'positive', 'occurrence'],
    ['Zelensky asked for permission to strike Russia.', 'positive', 'request'],
    ['Kyiv called on the West to send longer-range missiles.', 'positive', 'request'],
    ["The administration rejected Kyiv's request to strike Russia.", 'negative', 'norm'],
    ['Ukraine did not ask for permission to strike Russia.', 'negative', 'request'],
    ['Biden decided against sending rocket systems to Ukraine.', 'negative', 'occurrence'],
    ['Ukraine obliged itself not to use the rockets against Russia.', 'negative', 'norm'],
    // asking a party for something, with the party between the verb and its "for"
    ['Poland asked Germany for approval to send its Leopard tanks.', 'positive', 'request'],
    ['Poland has not asked Germany to let it send its Leopard tanks.', 'negative', 'request'],
    ['Washington cleared Kyiv to fire the missiles into Russia.', 'positive', 'norm'],
    // making room for an act permits it
    ['The new policy opens the possibility for Ukraine to strike inside Russia.', 'positive', 'norm'],
    ['The decision paved the way for Kyiv to use the missiles.', 'positive', 'norm'],
    // an aside of examples between commas leaves the clause whole
    ['Biden wanted assurances from Ukraine, including from Zelensky himself, that the rockets would not be fired into Russian territory.', 'negative', 'norm'],
    // the prefix denies its act
    ['The agreement on the non-use of American weapons against Russia stands.', 'negative', 'occurrence'],
  ])('%s → %s %s', (text, polarity, mode) => {
    const s = read(text);
    expect([s.polarity, s.mode]).toEqual([polarity, mode]);
  });
  it.each([
    ['The enemy struck an apartment building in Dnipro.', 'strike'],
    ['The Pentagon sent 31 Abrams tanks.', 'send'],
    ['Air defences shot down the missile.', 'intercept'],
    ['A missile slammed into the station.', 'strike'],
    ['Ukraine has received its first Abrams tanks.', 'arrive'],
    ['The Pentagon will ship 31 Abrams to Kyiv.', 'send'],
    // harm to things however it is worded
    ['Fifty cars in the car park were set ablaze.', 'damage'],
    ['The blast gutted two shops.', 'damage'],
    ['Three houses were burnt to the ground.', 'damage'],
  ])('an irregular past form is its verb: %s → %s', (text, act) => {
    expect(read(text).acts.map((a) => a.act)).toContain(act);
  });
  it('a name counted is a thing the sentence names ("31 M1 Abrams")', () => {
    expect(read('Washington pledged 31 M1 Abrams to Ukraine.').anchors.map((a) => a.id)).toContain('name:abrams');
  });
  it('"not yet" denies the act: "yet" after a negation is no "but"', () => {
    expect(read('The Abrams tanks have not yet arrived in Ukraine.').polarity).toBe('negative');
  });
  it('a blaze is not firing weapons: "on fire", "there is no fire" state no act', () => {
    expect(read('The mall is on fire.').acts).toEqual([]);
    expect(read('There is no fire at the mall.').acts).toEqual([]);
    expect(read('Russia will fire the missiles at Kyiv.').acts.map((a) => a.act)).toContain('strike');
  });
  it.each([
    ["Russia's military said it had not carried out any strike on the station.", true],
    ['The Kremlin denied striking the station.', true],
    ['The White House said it will not send ground troops to Ukraine.', false],
    ['Russia said Ukraine had not been struck.', false],
  ])('a party saying that it did not do it denies it; a commitment or a claim about another is no denial: %s', (text, denial) => {
    expect(read(text).denial).toBe(denial);
  });
  it('a denial of confirmation is no denial of the claim', () => {
    expect(read('The Pentagon has not confirmed that Biden authorized strikes inside Russia.').polarity).toBe('positive');
  });
  it('a negation in commentary after a comma leaves the claim alone', () => {
    expect(read('Zelensky urged Biden to lift restrictions on targeting Russia, arguing that the ban hindered Ukraine.').polarity).toBe('positive');
  });
  it.each([
    ['The missiles were cleared for use solely in the Kursk region.', { kind: 'only', place: 'kursk' }],
    ['Ukraine may only use them outside the Kursk region.', { kind: 'except', place: 'kursk' }],
    ['Biden limited the strikes to the Kursk region.', { kind: 'only', place: 'kursk' }],
    ["The White House has limited Kyiv's use of the missiles to defending its troops in Russia's Kursk region.", { kind: 'only', place: 'kursk' }],
    ['The permission concerns the Kursk region of Russia.', { kind: 'in', place: 'kursk' }],
    ['Biden eases restrictions, allowing Ukraine to use U.S. weapons in the Kursk region.', { kind: 'in', place: 'kursk' }],
    ['The authorisation applies to targets in the Kursk region.', { kind: 'in', place: 'kursk' }],
    ['Biden authorized strikes on forces in Kursk.', { kind: 'in', place: 'kursk' }],
  ])('%s has the scope %o', (text, scope) => {
    expect(read(text).scope).toMatchObject(scope);
  });
  it.each([
    ['The U.S. had previously barred such strikes inside Russia.', 'earlier'],
    ['Biden had long refused to send Abrams tanks.', 'earlier'],
    ['Two officials said Biden had approved the strikes inside Russia.', 'current'],
    ['The missiles reach deeper into Russia than previously allowed.', 'current'],
    ['Ukraine used to fire them only at occupied land.', 'earlier'],
    ["Kyiv said the launchers won't be used to attack targets inside Russia.", 'current'],
    ['The toll from the strike the previous day rose to 12, the mayor said.', 'current'],
    ['The previous night, rescuers pulled four people from the rubble.', 'current'],
    ['His previous refusal to send the tanks was dropped.', 'earlier'],
  ])('%s tells the %s state', (text, era) => {
    expect(read(text).era).toBe(era);
  });
  it.each([
    ['If Biden allows strikes inside Russia, Moscow will respond.', 'hypothetical'],
    ['Ukraine could strike deeper into Russia.', 'possible'],
    ['In May, Biden allowed strikes near Kharkiv.', 'asserted'],
    ['Biden said he would not send rocket systems that could hit targets inside Russia.', 'asserted'],
    ['Officials said that Ukraine could strike deeper into Russia.', 'possible'],
    ['The missiles may be used only in the Kursk region.', 'asserted'],
    ['Ukraine can only fire them at targets in Kursk.', 'asserted'],
  ])('%s is %s', (text, modality) => {
    expect(read(text).modality).toBe(modality);
  });
  it('names the territory of a country apart from the country acting', () => {
    const s = read('Kyiv pledged not to aim them at Russian soil, Russia said.');
    expect(s.anchors.map((a) => `${a.kind}:${a.id}`)).toEqual(['actor:ukraine', 'territory:russia', 'country:russia']);
  });
  it.each([
    ["59 people were killed in Russia's strike on the village.", 'country:russia'],
    ["The U.S. eased its restrictions on Ukraine's use of the missiles.", 'country:ukraine'],
    ["Ukrainian troops hold ground in Russia's Kursk region.", 'territory:russia'],
    ['The missiles may be used inside Russia.', 'territory:russia'],
  ])('after a word of place, a country owning the noun that follows is not where it happened: %s', (text, anchor) => {
    expect(read(text).anchors.map((a) => `${a.kind}:${a.id}`)).toContain(anchor);
  });
  it('reads a month the same, spelled out or shortened, and never as a name', () => {
    const months = (t: string) => read(t).terms.filter((x) => x.startsWith('m:'));
    expect(months('The missile struck the village on Oct. 5.')).toEqual(['m:october']);
    expect(months('On 5 October, a missile struck the village.')).toEqual(['m:october']);
    expect(months('Kyiv may strike targets in Sept. or later.')).toEqual(['m:september']);
    expect(read('The strike on Oct. 5 killed 52 people.').anchors.filter((a) => a.kind === 'name')).toEqual([]);
  });
  it('a party across a comma is the source, not the doer: "According to Ukrainian media, the rockets struck"', () => {
    expect(read('According to Ukrainian media, the rockets struck the city centre.').agent).toBeNull();
    expect(read('Ukrainian forces struck the bridge.').agent).toBe('ukraine');
  });
  it('what was not told about an event does not deny it: "gave no details of the attack"', () => {
    expect(read('The governor gave no details of the attack on the mall.').polarity).toBe('positive');
    expect(read('The defence ministry made no mention of the strike on the mall.').polarity).toBe('positive');
    expect(read('The Russian military did not acknowledge the strike on the mall.').polarity).toBe('positive');
    expect(read('No missile struck the mall.').polarity).toBe('negative');
    expect(read('No attack on the mall took place.').polarity).toBe('negative');
  });
  it('counts words coverage uses for one thing as one content word (reference-word-kin.json)', () => {
    const words = (t: string) => read(t).terms.filter((x) => x.startsWith('w:'));
    expect(words('Rescuers pulled people from the debris.')).toEqual(words('Rescuers pulled people from the rubble.'));
    expect(words('Villagers gathered for the wake.')).toEqual(words('Villagers gathered for the funeral.'));
    expect(words('Villagers gathered for the wake.')).not.toEqual(words('Villagers gathered for the market.'));
  });
  it('knows one thing by the short forms of its name', () => {
    const ids = (t: string) => read(t).anchors.filter((a) => a.kind === 'name' || a.kind === 'thing').map((a) => a.id);
    expect(ids('Germany will send Leopard 2 A6 tanks and the U.S. will send M1 Abrams tanks.')).toEqual(['name:leopard', 'name:abrams']);
    expect(ids('The Abrams tanks arrived.')).toEqual(['name:abrams']);
  });
  it.each([
    ['Two ballistic missiles hit the plant.', 'missil'],
    ['Two Russian cruise missiles struck the depot overnight.', 'missil'],
    ['The U.S. will send four rocket systems.', 'system'],
    // a counted noun of people before a noun of things modifies it: the jets are counted, not fighters
    ['The Netherlands will send 24 F-16 fighter jets.', 'jet'],
    // a part of a group counts the group's noun
    ['Ukraine got back 95 of its soldiers in the exchange.', 'troops'],
    ['Two of the missiles were shot down.', 'missil:intercepted'],
    // a number written together with its scale
    ['The package is worth $2.5bn.', 'money'],
    ['The package is worth $400m.', 'money'],
  ])('a count of things ends at their noun, not at the verb after it: %s', (text, dimension) => {
    expect(read(text).measures.map((m) => m.dimension)).toEqual([dimension]);
  });
  it.each([
    ['Officials have been requesting missile systems that can strike from longer ranges.', ['request']],
    ['Kyiv asked for rockets which could hit deep behind the lines.', ['request']],
    ['Kyiv asked for rockets that hit deep behind the lines.', ['request', 'strike']],
    // what any party of a kind does is not what one did
    ['Moscow warned it would retaliate against countries that provide advanced weapons to Ukraine.', []],
    ['The Kremlin threatened those who send troops to Ukraine.', []],
    ['The Kremlin threatened the countries that send troops to Ukraine.', ['send']],
  ])('what a thing can do describes the thing, it is not the act the sentence states: %s', (text, acts) => {
    expect(read(text).acts.filter((a) => a.head).map((a) => a.act)).toEqual(acts);
  });
  it.each([
    'When asked about the strike, the spokesman gave no details.',
    'Rescuers cleared the rubble for hours.',
    'The army pressed ahead with plans to advance.',
  ])('a verb of asking or clearing with no party and "to" or "for" after it states no request or permission: %s', (text) => {
    expect(read(text).acts.map((a) => a.act)).not.toContain('request');
    expect(read(text).acts.map((a) => a.act)).not.toContain('permit');
  });
  it('a part of a toll ("six of the dead were identified") is no toll', () => {
    expect(read('Only 6 of the dead were identified.').measures).toEqual([]);
  });
  it.each([
    ['The Bora cruise missiles can hit targets 500 km away.', 'name:bora'],
    ['A cruise missile can fly 1,500 km.', 'class:cruise-missile'],
  ])('a range belongs to the named weapon before its kind: %s', (text, holder) => {
    expect(read(text).measures.map((m) => m.holder)).toEqual([holder]);
  });
  it.each([
    ['The missile was an intermediate-range ballistic missile, not an ICBM.', ['class:irbm']],
    ['The missile hit Kharkiv rather than Kyiv.', ['kharkiv']],
    ['The missile was not an ICBM.', ['class:icbm']],
  ])('what a sentence says it was not is not what it is about: %s', (text, ids) => {
    expect(read(text).anchors.filter((a) => a.kind !== 'country').map((a) => a.id)).toEqual(ids);
  });
  it.each([
    ['A missile hit the Lypova Shopping Centre on Tuesday.', 'A missile hit the Lypova shopping centre on Tuesday.'],
    ['Rescuers worked at the Stavky Railway Station overnight.', 'Rescuers worked at the station in Stavky overnight.'],
    ['The blast damaged the Berizka Children’s Hospital.', 'The blast damaged the Berizka hospital.'],
  ])('knows a place by its name, not by the kind of place that ends it (reference-name-heads.json): %s', (capitalised, plain) => {
    const ids = (t: string) => read(t).anchors.filter((a) => a.kind === 'name').map((a) => a.id);
    expect(ids(capitalised)).toEqual(ids(plain));
    expect(ids(capitalised)).toHaveLength(1);
  });
  it.each([
    ['The strike killed 26 people, including three children.', 'children:killed'],
    ['Besides, 7 people, including 1 child, were injured.', 'people:injured'],
  ])('a count inside an "including" aside is of the same dead or wounded; it does not hide the role after it: %s', (text, dimension) => {
    expect(read(text).measures.map((m) => m.dimension)).toContain(dimension);
  });
  it.each([
    ['In a hospital where the wounded were being treated, five people were in critical condition.', 'people:critical'],
    ['Eight people were in serious condition.', 'people:critical'],
    ['Only six people in the cafe survived.', 'people:survived'],
  ])('a state some of the victims are in is counted apart from the toll: %s', (text, dimension) => {
    expect(read(text).measures.map((m) => m.dimension)).toContain(dimension);
  });
  it.each([
    ['Nearly two dozen people were killed.', [24]],
    ['Some 3 dozen civilians were hurt.', [36]],
    ['Two people died in hospital, bringing the total to 52.', [2, 52]],
    // what was added to a count is not the count; after a count of another role it is one of its own
    ['Rescuers found the bodies of three more victims, bringing the toll to 24.', [24]],
    ['Forty people were killed and 80 more injured.', [40, 80]],
    // a part of the count before: by its class, or not at all
    ['Twelve people were killed; two of them died later in hospital.', [12]],
    // ages and one family's members are not tolls
    ['Two women, aged 45 and 60, were killed.', [2]],
    ['A family of five was killed in the strike.', []],
    ['Of those killed, 12 were women.', []],
    // a part of the whole after it: counted only as the weapons brought down
    ['Air defences shot down 11 of 13 missiles.', [11, 13]],
    ['Five of 12 tanks were lost.', [12]],
  ])('dozens multiply, a total is a toll, an increment is not a count: %s', (text, values) => {
    expect(read(text).measures.map((m) => m.quantity.base.value)).toEqual(values);
  });
  it('a count ends before a comma: "killed 26, the governor said" counts "26"', () => {
    expect(read('The strike killed 26, the governor said.').measures.map((m) => m.quantity.text)).toEqual(['26']);
  });
  it.each([
    ['The fate of 35 people is unknown.', 'people:missing'],
    ['The fate of another 20 residents remains unclear.', 'people:missing'],
    ['The fate of 11 people is still being established.', 'people:missing'],
    ['The fate of another 35 residents of the building is unknown.', 'people:missing'],
    ['Twenty people are unaccounted for.', 'people:missing'],
    ['Earlier it was reported that two were killed, including a child.', 'people:killed'],
    ['Five have been injured.', 'people:injured'],
    ['Rescuers found two bodies, with 14 still missing.', 'people:missing'],
    ['Another 9 remain missing under the rubble.', 'people:missing'],
    ['Dozens killed as drones hit a market in the city', 'people:killed'],
    ['The night attack left hundreds injured.', 'people:injured'],
    ['Dozens are still missing after the blast.', 'people:missing'],
    ['27 crew members went missing.', 'people:missing'],
    ['One person is still missing.', 'people:missing'],
    ['One sailor had died.', 'people:killed'],
    ['One child was killed.', 'children:killed'],
    ['Also, 66 people were injured, 26 of whom were hospitalized.', 'people:hospitalized'],
    ['Twelve people died in the hospital.', 'people:killed:hospital'],
    ['Seven people were killed in the first strike and five in the second.', 'people:killed:one-strike'],
    ['64 people were injured, 14 of them children.', 'children:injured'],
    // weapons brought down are counted apart from those launched
    ['Air defences shot down 40 drones overnight.', 'drone:intercepted'],
    ['Eleven missiles were intercepted over the region.', 'missil:intercepted'],
    ['The strike killed 34 people, among them two children.', 'children:killed'],
    ['Nine children are among the 20 people killed.', 'children:killed'],
    // counts joined by "and" share what follows them
    ['Twelve soldiers and three civilians were killed.', 'troops:killed'],
    // moved elsewhere, not taken to hospital ("hospitals" and "hospitalized" share a stem)
    ['Officials have since transferred 600 children to other hospitals.', 'children:displaced'],
    ['Thirty-eight people died right at the station.', 'people:killed:scene'],
    ['Five people were killed on the spot and two died later in hospital.', 'people:killed:hospital'],
    ['Fifty people were killed at the station.', 'people:killed'],
    ['The entire crew was evacuated.', 'people:missing'],
    ['All passengers on board survived.', 'people:killed'],
    ['The entire crew of the vessel was forced to evacuate after a fire.', 'people:killed'],
    ['Luckily, the ship crew evacuated safely.', 'people:missing'],
    ['No one was killed in the attack on the depot.', 'people:killed'],
    ['The missile hit the plant, killing four workers.', 'people:killed'],
    ['Three employees of the depot were injured.', 'people:injured'],
    ['The governor said there were no casualties.', 'people:injured'],
    ['Nobody was reported hurt when the drone fell.', 'people:killed'],
    // a noun of what happened, after its adjectives, still ends the count
    ['The rocket has already claimed nine innocent lives.', 'people:killed'],
    ['There were eight civilian deaths in the district.', 'people:killed'],
    ['Thirty people perished in the fire.', 'people:killed'],
    ['More than 100 people sought medical help after the blast.', 'people:injured'],
    ['At least 12 people remain under the rubble.', 'people:missing'],
    ['Two were killed and five remain trapped in the basement.', 'people:missing'],
    ['Five people were pulled alive from the ruins.', 'people:rescued'],
  ])('the missing and the dead are counted however the count is worded: %s', (text, dimension) => {
    expect(read(text).measures.map((m) => m.dimension)).toContain(dimension);
  });
  it.each([
    ['The fate of 11 people has been established.', 'people:missing'],
    ['Two were destroyed.', 'people:killed'],
    ['All residents of the damaged building were evacuated.', 'people:killed'],
    ['One of the men killed the engine.', 'people:killed'],
    ['One official said the mall was hit.', 'people'],
    ['12 people died while the cause remains unknown.', 'people:missing'],
    ['There were no immediate reports of casualties.', 'people:killed'],
    ['It was not clear whether anyone was hurt.', 'people:injured'],
  ])('a count whose fate is known, or of things, is not of the missing or the dead: %s', (text, dimension) => {
    expect(read(text).measures.map((m) => m.dimension)).not.toContain(dimension);
  });
  it.each([
    ['Minister Ihor Klymenko said 59 people were killed in Hroza.', ['name:klymenko']],
    ['The strike killed 59 people in Hroza, according to Babel.', ['name:babel']],
    ['The governor wrote on Telegram that 59 people were killed in Hroza.', ['name:telegram']],
    ['Prosecutors told Reuters that 59 people were killed in Hroza.', ['name:reuters']],
    ['The minister posted a video to the Telegram messaging app showing the ruins in Hroza.', ['name:telegram']],
  ])('a name that speaks or reports is a source, not a place: %s', (text, speakers) => {
    const anchors = read(text).anchors;
    expect(anchors.filter((a) => a.speaker).map((a) => a.id)).toEqual(speakers);
    expect(anchors.find((a) => a.id === 'name:hroza')?.speaker).toBeUndefined();
    expect(anchors.find((a) => a.id === 'name:hroza')?.located).toBe(true);
  });
  it.each([
    ["A sixth of the village's population of about 300 people was killed.", 'population'],
    ['Vinnytsia, a city of 370,000 people, was hit.', 'population'],
    ['The images from the town where just over 300 people live are harrowing.', 'population'],
    ['Prior to the war, the village population was around 300 people.', 'population'],
    ["Hroza's total population before the strike was 330 people.", 'population'],
    ['The strike killed 300 people.', 'people:killed'],
  ])('how many live in a place is its population, never a toll: %s', (text, dimension) => {
    expect(read(text).measures[0]?.dimension).toBe(dimension);
  });
  it('a story’s places are its towns and the names after a word of place, not its people or offices', () => {
    const places = (t: string) => read(t).anchors.filter(isStoryPlace).map((a) => a.id);
    expect(places('Governor Oleg Sinegubov said the missile hit a café in Hroza.')).toEqual(['name:hroza']);
    expect(places('According to the Office of the Prosecutor General, 49 deaths were known.')).toEqual([]);
    expect(places('Rescuers worked through the night in the village of Hroza.')).toEqual(['name:hroza']);
  });
  it.each([
    ["Specifically with regard to weapons systems we've provided, the Ukrainians have given us assurances that they will not use them against targets on Russian territory.", 'negative', 'norm'],
    ['On Saturday, a Russian missile hit the building in Dnipro, killing 40 people.', 'positive', 'occurrence'],
  ])('an opening phrase before the main clause sets the scene; a time alone does not make the first act one: %s', (text, polarity, mode) => {
    const s = read(text);
    expect([s.polarity, s.mode]).toEqual([polarity, mode]);
  });
  it('a name before a noun of things names a thing; a title before a name does not', () => {
    const kinds = (t: string) => read(t).anchors.filter((a) => a.id.startsWith('name:')).map((a) => `${a.kind}:${a.id}`);
    expect(kinds('A Tochka-U missile hit the station in Novohrad.')).toEqual(['thing:name:tochka', 'name:name:novohrad']);
    expect(kinds('Chancellor Olaf Scholz agreed.')).toEqual([]);
  });
  it.each([
    ['The death toll from the strike on the station has risen to 57.', 'people:killed', 57],
    ['The number of injured stands at 300.', 'people:injured', 300],
    ['A Russian strike killed at least 18 people and injured several others.', 'people:killed', 18],
    ['Shelling killed 5 people and wounded 30.', 'people:killed', 5],
    ["The death toll from the strike rose to 18, the city's mayor said.", 'people:killed', 18],
    ['Fifty-seven people died in the strike.', 'people:killed', 57],
    ['The strike killed twenty one people.', 'people:killed', 21],
    ['26 people are now confirmed to have died, including three children.', 'people:killed', 26],
    ['54 people injured by the attack remain hospitalized.', 'people:hospitalized', 54],
    ['The death toll from an attack by Russian forces on the central Ukrainian city of Vinnytsia has risen to 22, officials said.', 'people:killed', 22],
    ['The death toll from the Jan. 14 Russian cruise missile strike on a nine-storey apartment block in the eastern city of Dnipro has climbed to 40.', 'people:killed', 40],
    ['The toll had stood at 14 on Sunday evening.', 'people:killed', 14],
    ['Casualties had already climbed to 60 by the morning, the governor said.', 'people:injured', 60],
    ['The mayor warned that the number of dead may exceed 40.', 'people:killed', 40],
    ['The number of people injured in the overnight attack on the port districts of the southern city of Odesa by Russian drones and ballistic missiles has reached 23.', 'people:injured', 23],
  ])('a toll told apart from its number: %s', (text, dimension, value) => {
    expect(read(text).measures[0]).toMatchObject({ dimension, quantity: { value } });
  });
  it.each([
    ['North Korea has sent 10,000 to 12,000 troops to Russia.', 'troops', 'north-korea', 10_000],
    ['Russia fired 120 missiles and 90 drones at Kyiv.', 'missil', 'russia', 120],
    ['The strike killed at least seven people.', 'people:killed', null, 7],
    ['The U.S. will send 31 M1 Abrams tanks.', 'tank', 'name:abrams', 31],
    ['ATACMS can reach about 190 miles.', 'distance', 'atacms', 190],
    ['The U.S. aid to Ukraine totals $175 billion.', 'money', 'us', 175e9],
  ])('%s measures %s of %s', (text, dimension, holder, value) => {
    const [m] = read(text).measures;
    expect(m).toMatchObject({ dimension, holder, quantity: { value } });
  });
  it('does not count years, dates, designations or sources', () => {
    expect(read('On November 17, 2024, two U.S. officials said Germany would send Leopard 2 tanks.').measures).toEqual([]);
    expect(read('date 2023-01-25 Washington').measures).toEqual([]);
  });
  it.each(['1. The United States will send Ukraine HIMARS.', '2) The United States will send Ukraine HIMARS.', '(a) The United States will send Ukraine HIMARS.'])('a list’s numbering is no quantity: %s', (text) => {
    expect(read(text).measures).toEqual([]);
  });
  it('a number that opens a sentence is still a quantity', () => {
    expect(read('3 people were killed in Kharkiv.').measures).toHaveLength(1);
    expect(read('12 Leopard tanks arrived in Ukraine.').measures).toHaveLength(1);
  });
  it('is checkable only with someone or something named and an act or a quantity', () => {
    expect(isCheckable(read('Russia fired missiles at Kyiv.'))).toBe(true);
    expect(isCheckable(read('The situation remains tense.'))).toBe(false);
    expect(isCheckable(read('Will Biden allow strikes inside Russia?'))).toBe(false);
  });
});

describe('whose a number is', () => {
  it.each([
    ["A local official told Reuters a sixth of the village's population of about 300 people had been killed."],
    ['The SBU said on its Telegram channel that two suspects had fled.'],
  ])('not the outlet or channel that reported it: %s', (text) => {
    const holders = read(text).measures.map((m) => m.holder);
    expect(holders).not.toContain('name:reuters');
    expect(holders).not.toContain('name:telegram');
  });
});

describe('territory named after its noun', () => {
  it('reads "the territory of the Russian Federation" as Russia\'s territory, as "Russian territory" is', () => {
    const kinds = (t: string) => read(t).anchors.filter((a) => a.id === 'russia').map((a) => a.kind);
    expect(kinds('We will not use the weapons on the territory of the Russian Federation.')).toEqual(['territory']);
    expect(kinds('We will not use the weapons on Russian territory.')).toEqual(['territory']);
  });
});
