import { relayedReport } from '../../../src/core/rules/relayed-report';
import { ruleTable } from '../../support/rule-table';

ruleTable(relayedReport, {
  flags: [
    // a report as the inverted subject, after the words it reports
    ['The students have not eaten since Thursday, says a report in the Print.', 'says a report'],
    // outlets of the war's own information space: independent Russian media, Telegram channels, Ukrainian and European outlets
    ['Verstka reported that the regiment had been sent back to the front.', 'Verstka reported'],
    ['According to Mediazona, the count of confirmed deaths rose again.'],
    ['The Telegram channel Rybar claimed the bridgehead had been lost.'],
    ['Militarnyi reported that a new air defence unit had been formed.', 'Militarnyi reported'],
    ['Rzeczpospolita wrote that the shells would be delivered by train.'],
    ['The Guardian understands that the order was signed last week.', 'The Guardian understands'],
    ['U.S. media reported late Sunday that the shipment had left.', 'media reported'],
    ['The convoy turned back, according to a report in the Post that cited a person briefed on it.', 'according to a report in the Post'],
    ['The ministry denied it, following reports that the depot had burned.', 'following reports that'],
    ['Following reports that the depot had burned, the ministry stayed silent.', 'Following reports that'],
    ['Amid reports that the general was killed, the ministry stayed silent.', 'Amid reports that'],
    ['News agencies reported explosions near the airfield.', 'News agencies reported'],
    ['Reports indicate that the bridge is down.', 'Reports indicate'],
    // reports described but not credited to anyone (report-modifiers.json)
    ['There are also renewed reports of explosions in the port city.', 'There are also renewed reports of'],
    ['There were fresh reports of shelling overnight.', 'There were fresh reports of'],
    ['Preliminary reports indicate that 12 people died.', 'Preliminary reports indicate'],
    ['A Russian war correspondent reported heavy losses.', 'war correspondent reported'],
    ['There were reports of explosions in the port city overnight.', 'There were reports of'],
    ['Social media posts claimed that the bridge had been hit.', 'Social media posts claimed'],
    ['There have been unconfirmed reports that the general was wounded.', 'There have been unconfirmed reports that'],
    ['Several reports put the toll higher.', 'Several reports'],
    ['The defence minister told the Financial Times he expected a response.', 'told the Financial Times'],
    ['Ukrainians tell CNN that the fighters attack at night.', 'tell CNN'],
    // an outlet reporting on its own, or carrying an unnamed source's words
    ['The Post reported that the shipment had left, citing people familiar with it.', 'The Post reported'],
    ['Russian forces entered the town, the Kyiv Independent reported.', 'the Kyiv Independent reported'],
    // an outlet's kind with its nationality, as the agent of reporting
    ['The bridge was hit overnight, as reported by Ukrainian media.', 'reported by Ukrainian media'],
    // the speakers are unnamed people of a place; an outlet quoted is the relay itself
    ['Residents sheltering in Odesa told the BBC they heard six blasts.', 'told the BBC'],
    ['The Telegram channel, Rybar, said: “the bridge was hit twice.”', 'Telegram channel, Rybar, said'],
    ['In an interview with Ukrainian media outlet Suspilne, Zelensky said he wanted the war to end.', 'interview with Ukrainian media outlet Suspilne'],
    ['The decision reverses American policy, NBC News reports.', 'NBC News reports'],
    ['As noted in the article, the front has not moved since November.', 'As noted in the article'],
    ['The newspaper believes that the West should say so clearly.', 'newspaper believes'],
    ['A new report from independent news outlet Meduza shows that officials expect victory.', 'A new report from independent news outlet Meduza shows'],
    // an aside between the report and its verb, and dots that end no phrase ("Oct. 3", "U.S.")
    ['A report by a Kyiv news site on Oct. 3, citing a U.S. think tank, claimed the depot burned.', 'A report by a Kyiv news site on Oct. 3, citing a U.S. think tank, claimed'],
    ['News reports last week said the administration was leaning toward sending them.', 'News reports last week said'],
    ['Reports emerged last week that the launchers were on their way.', 'Reports emerged'],
    ['The comments followed reports that the shipment had been approved.', 'followed reports that'],
    ['Russia alleged that debris fell on a depot, according to state news agency Tass.', 'according to state news agency Tass'],
    ['Biden has authorized strikes near Kharkiv, reported The Washington Times and Reuters.', 'reported The Washington Times'],
    ['The Wall Street Journal on Tuesday quoted its sources as saying the missiles had arrived.', 'The Wall Street Journal on Tuesday quoted'],
    ['Spy agencies began tracking the plot in mid-June, the Post said.', 'the Post said'],
    ['Russian state media said the troops would return to their bases.', 'state media said'],
    ['According to CNN, the war will enter a frozen phase.', 'According to CNN'],
    ['CNN also notes that Russia has lost a third of its combat army.', 'CNN also notes'],
    ['A video shows soldiers crossing the river, the cable news outlet reported.', 'news outlet reported'],
    ['The Post report said that the US was concerned.', 'The Post report said'],
    ['Congress was briefed on Thursday, which was also reported by CNN.', 'reported by CNN'],
    ['Interfax news agency quoted eyewitnesses as saying the shelling had stopped.', 'news agency quoted'],
    ['Kyiv withholds comment on reports of attacks inside Russia.', 'on reports of'],
    ['US Poised to Send Long-Range Missiles to Ukraine: Report', ': Report'],
    ['US media: Washington to allow strikes near the border', 'US media:'],
    // a kind of publication with its name, and the name when the text comes back to it
    ['The independent Russian outlet Verstka reported that the unit had been disbanded.', 'outlet Verstka reported'],
    ['Pro-Kremlin Telegram channel Rybar said the bridge had been hit twice.', 'Telegram channel Rybar said'],
    ['According to the news site Mediazona, the count of the dead has doubled.'],
    ['Agentstvo, an independent Russian outlet, tracked the bonuses for a year. Agentstvo also cites data showing the payouts rose.', 'Agentstvo also cites'],
    ['The Russian outlet Verstka published the list on Monday. The list came from a source in the ministry, Verstka reported.', 'Verstka reported'],
    // another outlet's piece as the subject of a verb of reporting
    ['The material states that the unit was disbanded in May.', 'The material states'],
    ['The article notes that the front line has not moved since winter.', 'The article notes'],
    // "the report" refers back to an outlet's report
    ['According to a report from The New York Times, officials were briefed. The report said leaders knew.', 'The report said'],
  ],
  ignores: [
    // the report is the object of the verb, not its inverted subject; a link line to another story
    'He said a report would be published next week.',
    'Also read: Ukraine’s prime minister to visit Washington next week: Report',
    'A UN report published on Wednesday documented the toll. According to the report, at least 436 civilians were killed.',
    // a named body's own report is its finding, not a relay
    'A UN report said the strike killed 20 civilians.',
    'There were no reports of casualties.',
    'Military blogger Igor Girkin said the troops had retreated.',
    // a day is no publication's name; a piece of debris is no article
    'On Tuesday, the regional newspaper published the list. Tuesday was the first quiet day.',
    'A piece of debris said to be from the drone fell on a roof.',
    'The story of the siege is told by its survivors.',
    'The article was published on Monday.',
    'Source: Ukraine Ministry of Defense',
    'A UN report was published on Monday. The report said the strike killed 20 civilians.',
    // a named author writing for an outlet; the page's own interview (its dateline names it); a public statement on TV
    'Biden wrote an op-ed for the New York Times earlier this week.',
    'KYIV (Reuters) - The mayor told Reuters that two people were killed.',
    'Kyiv Mayor Vitali Klitschko told Ukrainian television that one person was killed.',
    // no report relayed
    'There were no immediate reports of casualties.',
    'No injuries were reported.',
    'None of the reports said how the information was obtained.',
    'Russian state media published photos of the damaged building.',
    'The video was published by Russian state media.',
    // a body's own press office or event, not the press
    'The figures were reported by the press service of the Ministry of Justice.',
    'The agency reported on Monday that the talks had resumed.',
    'He wrote on his Telegram channel that the bridge had been hit.',
    // the outlet's report as a noun
    'Asked about the NBC report, Zelensky said it was not the time to negotiate.',
    // another name that happens to contain an outlet word
    'Putin met leaders of the Commonwealth of Independent States on Friday.',
    // a named person speaks; the outlet only carried the words (flags.md: a named source is not flagged)
    'Kremlin spokesman Dmitry Peskov told Reuters that the talks would resume.',
    'Putin has warned against this decision, per the Washington Post.',
    'Leonid Slutsky, a senior member of the delegation, told the network RT that progress was made.',
    '"The line will hold," General Oleksandr Tarnavskyi said, the Kyiv Independent reported.',
    'The Interfax agency quoted Governor Vyacheslav Gladkov as saying two people were hurt.',
    // a translation, not a report: the words are Putin's
    '"It would mean war," Putin said, according to a translation from the Moscow Times.',
    // a named speaker passing reports on: the speaker's words
    'Kremlin spokesman Dmitry Peskov says, if the media reports are true, the decision amounts to escalation.',
    // a link to another story in a list, not this page's claim
    '- US to Provide Ukraine with Long-Range Missiles for First Time: Report',
  ],
});
