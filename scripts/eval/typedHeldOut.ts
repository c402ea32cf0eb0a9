/**
 * Held-out groups of the `typed` eval section: fact and quote questions written the way people type
 * them, each from reading one story of the seed, Reuters or PolNeAR sets, over stories no other group
 * draws from. Each group is written and committed before any answer to it is seen and is never tuned on;
 * its misses are kept apart in the section's details and not read. `holds` is what the first cited
 * sentence must say, `says` the phrase the answer must lead with (`npx tsx scripts/checkTyped.ts` checks
 * that both match a sentence of the story each question was written from).
 */
import type { Typed } from './typed.ts';

/**
 * The seventh group: 52 questions over 14 Reuters stories (several with other filings of the same news)
 * and 13 over 4 PolNeAR stories.
 */
const HELD_OUT_SEVENTH: Typed[] = [
  // A pipeline shut by a flood of the Red River.
  {
    question: 'which pipeline got shut by the red river flooding',
    story: 'reuters-17771',
    holds: /Basin\s+Pipeline/,
    says: /Basin/,
  },
  {
    question: 'how much crude does the basin line move a day',
    story: 'reuters-17771',
    holds: /300,000\s+barrels/,
    says: /300,000/,
  },
  {
    question: 'who operates the basin pipeline',
    story: 'reuters-17771',
    holds: /pipeline's\s+operator/,
    says: /Texaco/,
  },
  {
    question: 'why is the texas to cushing pipeline down',
    story: 'reuters-17771',
    holds: /Flooding\s+in\s+the\s+Red\s+River/,
    says: /Flooding/i,
  },
  {
    question: 'how long will texaco need to fix the line',
    story: 'reuters-17771',
    holds: /in\s+five\s+days/,
    says: /five\s+days/,
  },
  // Fiji's sugar farmers paid early after the coup.
  {
    question: 'fiji sugar crop forecast 1987',
    story: 'reuters-18531',
    holds: /360,000\s+tonnes/,
    says: /360,000/,
  },
  {
    question: 'how much per tonne is the fiji interim payment',
    story: 'reuters-18531',
    holds: /five\s+dlrs\s+per\s+tonne/,
    says: /five\s+dlrs/,
  },
  {
    question: 'when does crushing start at lautoka',
    story: 'reuters-18531',
    holds: /Lautoka\s+and\s+Rarawai\s+mills\s+on\s+June\s+30/,
    says: /June\s+30/,
  },
  {
    question: 'whos fijis governer general',
    story: 'reuters-18531',
    holds: /Ratu\s+Sir\s+Penaia\s+Ganilau/,
    says: /Ganilau/,
  },
  // The Airbus A340 waiting for orders and funds.
  {
    question: 'hw many a340s has lufthansa ordered',
    story: 'reuters-04724',
    holds: /15\s+firm\s+orders/,
    says: /15/,
  },
  {
    question: 'cost of the a340 and a330 project',
    story: 'reuters-04724',
    holds: /2\.5\s+billion\s+dlr/,
    says: /2\.5\s+billion/,
  },
  {
    question: 'how many airlines must commit before airbus launches the a340',
    story: 'reuters-04724',
    holds: /five\s+airlines/,
    says: /five/,
  },
  {
    question: 'who makes the superfan engine',
    story: 'reuters-04724',
    holds: /International\s+Aero\s+Engine/,
    says: /International\s+Aero\s+Engine|IAE/,
  },
  // Zimbabwe's freeze of wages and prices.
  {
    question: 'zimbabwe finance minster',
    story: 'reuters-19530',
    holds: /Bernard\s+Chidzero/,
    says: /Chidzero/,
  },
  {
    question: 'till when are wages frozen in zimbabwe',
    story: 'reuters-19530',
    holds: /until\s+January\s+1988/,
    says: /January\s+1988/,
  },
  {
    question: 'what minimum wage are the zim unions after',
    story: 'reuters-19530',
    holds: /277\s+Zimbabwean\s+dlrs/,
    says: /277/,
  },
  {
    question: 'how big is zimbabwes foreign debt',
    story: 'reuters-19530',
    holds: /external\s+debt\s+of\s+two\s+billion/,
    says: /two\s+billion/,
  },
  // Aquino's land reform.
  {
    question: 'how big is the aquino family sugar estate',
    story: 'reuters-00951',
    holds: /6,000-hectare/,
    says: /6,000/,
  },
  {
    question: 'how much land goes to farmworkers under the philippine plan',
    story: 'reuters-00951',
    holds: /9\.7\s+mln\s+hectares/,
    says: /9\.7\s+mln/,
  },
  {
    question: 'who is the agrarian reform secretary',
    story: 'reuters-00951',
    holds: /Heherson\s+Alvarez/,
    says: /Alvarez/,
  },
  // Canada and the U.S. ruling on its potash.
  {
    question: 'what tariff do the new mexico potash firms want',
    story: 'reuters-09076',
    holds: /43\s+pct\s+tariff/,
    says: /43\s+pct/,
  },
  {
    question: 'value of canadian potash shipped to the us last yr',
    story: 'reuters-09076',
    holds: /270\s+million/,
    says: /270\s+million/,
  },
  {
    question: 'who is saskatchewans trade minister',
    story: 'reuters-09076',
    holds: /Bob\s+Andrew/,
    says: /Andrew/,
  },
  {
    question: 'what did axworthy call the potash ruling',
    story: 'reuters-09076',
    holds: /trade\s+harrassment/,
    says: /trade\s+harrassment/,
  },
  // The Swiss bankers' code on secrecy.
  {
    question: 'cash limit before a swiss bank must id you at the counter',
    story: 'reuters-08461',
    holds: /100,000\s+francs/,
    says: /100,000/,
  },
  {
    question: 'max fine for a swiss bank that breaks the code',
    story: 'reuters-08461',
    holds: /10\s+mln\s+francs/,
    says: /10\s+mln/,
  },
  {
    question: 'when does the new swiss banking code come into force',
    story: 'reuters-08461',
    holds: /on\s+October\s+1/,
    says: /October\s+1/,
  },
  {
    question: 'whose accounts put swiss secrecy back in the news',
    story: 'reuters-08461',
    holds: /Ferdinand\s+Marcos/,
    says: /Marcos/,
  },
  // Volkswagen after its currency scandal.
  {
    question: 'how much did vw lose in the currency swindle',
    story: 'reuters-19544',
    holds: /473\s+mln\s+mark/,
    says: /473/,
  },
  {
    question: 'who were vws auditors',
    story: 'reuters-19544',
    holds: /Deutsche\s+Treuhand-Gesellschaft/,
    says: /Deutsche\s+Treuhand/,
  },
  {
    question: 'who ran vws finance dept',
    story: 'reuters-19544',
    holds: /Rolf\s+Selowsky/,
    says: /Selowsky/,
  },
  { question: 'vw shares friday close', story: 'reuters-19544', holds: /430\s+marks/, says: /430/ },
  // Digital audio tape players on sale in Tokyo.
  {
    question: 'price of the aiwa dat player',
    story: 'reuters-00339',
    holds: /188,000\s+yen/,
    says: /188,000/,
  },
  { question: 'dat sales by 1990', story: 'reuters-00339', holds: /six\s+mln\s+units/, says: /six\s+mln/ },
  {
    question: 'which dutch firm is launching a dat player',
    story: 'reuters-00339',
    holds: /Philips/,
    says: /Philips/,
  },
  // China's sugar imports.
  {
    question: 'china sugar crop 86/87',
    story: 'reuters-17923',
    holds: /4\.82\s+mln\s+tonnes/,
    says: /4\.82/,
  },
  {
    question: 'how much sugar did china import in 86',
    story: 'reuters-17923',
    holds: /1\.18\s+mln\s+tonnes/,
    says: /1\.18/,
  },
  {
    question: 'wat country is chinas main sugar supplier',
    story: 'reuters-17923',
    holds: /Cuba,\s+China's\s+major\s+supplier/,
    says: /Cuba/,
  },
  // Pakistan's wheat.
  {
    question: 'pakistan wheat crop this yr',
    story: 'reuters-12887',
    holds: /14\.5\s+mln\s+tonnes/,
    says: /14\.5/,
  },
  {
    question: 'who is sartaj aziz',
    story: 'reuters-12887',
    holds: /Special\s+Assistant\s+on\s+Food\s+and\s+Agriculture/,
    says: /Special\s+Assistant/i,
  },
  {
    question: 'how big is pakistans wheat reserve',
    story: 'reuters-12887',
    holds: /reserve\s+is\s+2\.5\s+mln\s+tonnes/,
    says: /2\.5\s+mln/,
  },
  {
    question: 'why isnt pakistan exporting wheat',
    story: 'reuters-12887',
    holds: /prospects\s+are\s+not\s+good\s+enough/,
    says: /not\s+good\s+enough/,
  },
  // Lloyd's offer to end the PCW affair.
  {
    question: 'who is chairman of lloyds',
    story: 'reuters-15678',
    holds: /chairman\s+Peter\s+Miller/,
    says: /Miller/,
  },
  {
    question: 'how many pcw members are there',
    story: 'reuters-15678',
    holds: /3,000\s+PCW\s+members/,
    says: /3,000/,
  },
  {
    question: 'how much did sedgwick chip in to the pcw deal',
    story: 'reuters-15678',
    holds: /10\s+mln\s+stg/,
    says: /10\s+mln/,
  },
  {
    question: 'who founded the pcw agency',
    story: 'reuters-15678',
    holds: /Peter\s+Cameron\s+Webb/,
    says: /Cameron\s+Webb/,
  },
  // The IMF on Israel's wages.
  { question: 'israel inflation last yr', story: 'reuters-03558', holds: /19\.7\s+pct/, says: /19\.7/ },
  {
    question: 'who is michael bruno',
    story: 'reuters-03558',
    holds: /Bank\s+of\s+Israel\s+Governor\s+Michael\s+Bruno/,
    says: /Governor/,
  },
  {
    question: 'how much did israel devalue in january',
    story: 'reuters-03558',
    holds: /9\.75\s+pct\s+devaluation/,
    says: /9\.75/,
  },
  // The Asian Development Bank's first loans to China.
  {
    question: 'how much is china likely to borrow from the adb',
    story: 'reuters-17373',
    holds: /300\s+mln\s+dlrs/,
    says: /300\s+mln/,
  },
  {
    question: 'where will the adb meet in 1989',
    story: 'reuters-17373',
    holds: /1989\s+meeting\s+would\s+be\s+held\s+in\s+Peking/,
    says: /Peking/,
  },
  {
    question: 'when did china join the asian development bank',
    story: 'reuters-17373',
    holds: /March\s+1986/,
    says: /March\s+1986/,
  },
  // A week of markets before the U.S. election.
  {
    question: 'how many new partners did goldman name in 2014',
    story: 'nyt_2016-11-07_markets-watch-closely-as-u-s-ele',
    holds: /78\s+new\s+partners/,
    says: /78/,
  },
  {
    question: 'worlds biggest steel maker',
    story: 'nyt_2016-11-07_markets-watch-closely-as-u-s-ele',
    holds: /world's\s+largest\s+steel\s+company/,
    says: /ArcelorMittal/,
  },
  {
    question: 'how much are monday night football ratings down',
    story: 'nyt_2016-11-07_markets-watch-closely-as-u-s-ele',
    holds: /up\s+to\s+20\s+percent/,
    says: /20\s+percent/,
  },
  // The Paris climate agreement in force.
  {
    question: 'where is the next climate meeting',
    story: 'wash-post_2016-11-05_as-paris-climate-pact-takes-effe',
    holds: /Marrakesh/,
    says: /Marrakesh/,
  },
  {
    question: 'who is david sandalow',
    story: 'wash-post_2016-11-05_as-paris-climate-pact-takes-effe',
    holds: /Columbia\s+University's\s+Center\s+on\s+Global\s+Energy\s+Policy/,
    says: /Columbia/,
  },
  {
    question: 'how much warming do the paris pledges still allow',
    story: 'wash-post_2016-11-05_as-paris-climate-pact-takes-effe',
    holds: /3\s+degrees\s+Celsius/,
    says: /3\s+degrees/,
  },
  {
    question: 'what did sandalow say about clinton vs trump on climate',
    story: 'wash-post_2016-11-05_as-paris-climate-pact-takes-effe',
    holds: /climate\s+denier|enormous\s+difference/,
    says: /climate\s+denier|enormous\s+difference/,
  },
  // Clinton's bundlers.
  {
    question: 'how much have the hillblazers bundled',
    story: 'usa-today_2016-10-26_wall-street-lawyers-dominate-cli',
    holds: /\$137\s*(million|M)/,
    says: /137/,
  },
  {
    question: 'obama bundlers 2012',
    story: 'usa-today_2016-10-26_wall-street-lawyers-dominate-cli',
    holds: /769\s+bundlers/,
    says: /769/,
  },
  {
    question: 'who leads clintons transition team',
    story: 'usa-today_2016-10-26_wall-street-lawyers-dominate-cli',
    holds: /Ken\s+Salazar/,
    says: /Salazar/,
  },
  // A player who stood for the anthem.
  {
    question: 'which millikin player stood for the anthem',
    story: 'west-journal_2016-10-19_lone-player-stands-during-nation',
    holds: /Connor\s+Brewer/,
    says: /Brewer/,
  },
  {
    question: 'how many on millikins football roster',
    story: 'west-journal_2016-10-19_lone-player-stands-during-nation',
    holds: /99-man\s+roster/,
    says: /99/,
  },
  {
    question: 'who did millikin play oct 15',
    story: 'west-journal_2016-10-19_lone-player-stands-during-nation',
    holds: /Augustana\s+College/,
    says: /Augustana/,
  },
];

/**
 * The eighth group: 49 questions over 14 other Reuters stories and 15 over 4 other PolNeAR stories, none
 * used by another group; committed before it was first reported. Its misses were read on 2026-12-07
 * (docs/answering.md), so it is tuned on since, as are the ninth to thirteenth; the fourteenth is
 * not.
 */
const HELD_OUT_EIGHTH: Typed[] = [
  // Toshiba and the trade quarrel between Britain and Japan.
  {
    question: 'which toshiba unit wants into the uk fax market',
    story: 'reuters-12039',
    holds: /Toshiba\s+Information\s+Systems/,
    says: /Toshiba\s+Information\s+Systems/,
  },
  {
    question: 'what did thatcher call the cable and wireless row',
    story: 'reuters-12039',
    holds: /test\s+case/,
    says: /test\s+case/,
  },
  {
    question: 'which british firm is japan keeping out of its new telecoms venture',
    story: 'reuters-12039',
    holds: /Cable\s+and\s+Wireless/,
    says: /Cable\s+and\s+Wireless/,
  },
  // The EC's research programme held up by Britain and West Germany.
  {
    question: 'who is guy verhofstadt',
    story: 'reuters-09154',
    holds: /Belgian\s+Research\s+Minister\s+Guy\s+Verhofstadt/,
    says: /Research\s+Minister/i,
  },
  {
    question: 'deadline for britain n germany on the ec research plan',
    story: 'reuters-09154',
    holds: /until\s+April\s+3/,
    says: /April\s+3/,
  },
  {
    question: 'proposed budget of the ec framework program',
    story: 'reuters-09154',
    holds: /7\.7\s+billion/,
    says: /7\.7\s+billion/,
  },
  {
    question: 'which countries are holding up the ec research programme',
    story: 'reuters-09154',
    holds: /Britain\s+and\s+West\s+Germany/,
    says: /Britain/,
  },
  // Heineken's year.
  {
    question: 'heineken net profit 1986',
    story: 'reuters-15194',
    holds: /285\s+mln\s+guilders/,
    says: /285\s+mln/,
  },
  {
    question: 'how much is heineken investing this yr',
    story: 'reuters-15194',
    holds: /700\s+mln\s+guilders/,
    says: /700\s+mln/,
  },
  {
    question: 'how many bars has heineken got in moscow',
    story: 'reuters-15194',
    holds: /seven\s+bars\s+in\s+Moscow/,
    says: /seven/,
  },
  {
    question: 'who is gerard van schaik',
    story: 'reuters-15194',
    holds: /Vice\s+Chairman\s+Gerard\s+van\s+Schaik/,
    says: /Vice\s+Chairman/i,
  },
  // The World Food Council on hunger.
  {
    question: 'where is the world food council meeting',
    story: 'reuters-17890',
    holds: /in\s+Peking\s+next\s+week/,
    says: /Peking/,
  },
  {
    question: 'how many ministers r expected at the food meeting',
    story: 'reuters-17890',
    holds: /More\s+than\s+30\s+government\s+ministers/,
    says: /30/,
  },
  {
    question: 'who is alain vidal naquet',
    story: 'reuters-17890',
    holds: /head\s+of\s+external\s+relations/,
    says: /head\s+of\s+external\s+relations/,
  },
  // Hydro-Quebec's power exports to New England.
  {
    question: 'how much power is hydro quebec selling to new england',
    story: 'reuters-06207',
    holds: /five\s+billion\s+Canadian\s+dlrs/,
    says: /five\s+billion/,
  },
  {
    question: 'what years does the new england power pool contract cover',
    story: 'reuters-06207',
    holds: /from\s+1990\s+to\s+1999/,
    says: /1990\s+to\s+1999/,
  },
  {
    question: 'hydro-quebec maine deal value',
    story: 'reuters-06207',
    holds: /15\s+billion\s+dlrs/,
    says: /15\s+billion/,
  },
  // Yugoslavia's debt repayments.
  {
    question: 'yugoslav pm',
    story: 'reuters-21115',
    holds: /Prime\s+Minister\s+Branko\s+Mikulic/,
    says: /Mikulic/,
  },
  {
    question: 'how big is yugoslavias hard currency debt',
    story: 'reuters-21115',
    holds: /almost\s+20\s+billion/,
    says: /20\s+billion/,
  },
  {
    question: 'what debt service ratio is yugoslavia aiming for',
    story: 'reuters-21115',
    holds: /debt-service\s+ratio\s+to\s+25\s+pct/,
    says: /25\s+pct/,
  },
  {
    question: 'by when does parliament have to ok mikulics program',
    story: 'reuters-21115',
    holds: /by\s+early\s+November/,
    says: /early\s+November/,
  },
  // Taiwan's state shipbuilder.
  {
    question: 'who chairs china shipbuilding corp',
    story: 'reuters-01902',
    holds: /chairman\s+Louis\s+Lo/,
    says: /\bLo\b/,
  },
  {
    question: 'csbc total debt',
    story: 'reuters-01902',
    holds: /total\s+debt\s+now\s+stands\s+at\s+about\s+500\s+mln/,
    says: /500\s+mln/,
  },
  {
    question: 'csbc ship repair income yr to june 86',
    story: 'reuters-01902',
    holds: /doubled\s+to\s+20\s+mln/,
    says: /20\s+mln/,
  },
  {
    question: 'how many ships is csbc building this yr',
    story: 'reuters-01902',
    holds: /build\s+10\s+ships/,
    says: /10/,
  },
  // China's oil drilling.
  {
    question: 'hw many rigs r working in china',
    story: 'reuters-17429',
    holds: /1,000\s+rigs/,
    says: /1,000/,
  },
  {
    question: 'china oil output a year',
    story: 'reuters-17429',
    holds: /130\s+mln\s+tonnes/,
    says: /130\s+mln/,
  },
  { question: 'us rig count last week', story: 'reuters-17429', holds: /only\s+765/, says: /765/ },
  // A study of the plants on the Mexican border.
  {
    question: 'who wrote the border plant study',
    story: 'reuters-18421',
    holds: /Richard\s+Bolin/,
    says: /Bolin/,
  },
  {
    question: 'how many manufacturers use twin plants',
    story: 'reuters-18421',
    holds: /More\s+than\s+700\s+manufacturers/,
    says: /700/,
  },
  {
    question: 'how many low skill us factory jobs went 1977-82',
    story: 'reuters-18421',
    holds: /more\s+than\s+900,000/,
    says: /900,000/,
  },
  {
    question: 'which city paid for the study',
    story: 'reuters-18421',
    holds: /commissioned\s+by\s+the\s+border\s+city\s+of\s+McAllen/,
    says: /McAllen/,
  },
  // A fight for Hongkong and Shanghai Hotels.
  {
    question: 'who sold 20 pct of hk hotels to evergo',
    story: 'reuters-00960',
    holds: /deputy\s+chairman\s+David\s+Liang/,
    says: /Liang/,
  },
  {
    question: 'how much did lai sun pay for its hk hotels stake',
    story: 'reuters-00960',
    holds: /530\s+mln\s+dlrs/,
    says: /530\s+mln/,
  },
  {
    question: 'who chairs hk hotels',
    story: 'reuters-00960',
    holds: /Michael\s+Kadoorie\s+is\s+chairman/,
    says: /Kadoorie/,
  },
  // India's grain.
  {
    question: 'india foodgrain target 87/88',
    story: 'reuters-15567',
    holds: /160\s+mln\s+tonnes/,
    says: /160\s+mln/,
  },
  {
    question: 'india grain output 86/87',
    story: 'reuters-15567',
    holds: /151\s+mln\s+tonnes/,
    says: /151\s+mln/,
  },
  {
    question: 'wats indias record grain harvest',
    story: 'reuters-15567',
    holds: /record\s+152\.4\s+mln/,
    says: /152\.4/,
  },
  // Proxmire's takeover bill.
  {
    question: 'what disclosure threshold does proxmire want',
    story: 'reuters-14982',
    holds: /to\s+three\s+pct\s+from\s+the\s+current\s+five\s+pct/,
    says: /three\s+pct/,
  },
  {
    question: 'how long should tender offers stay open under proxmires bill',
    story: 'reuters-14982',
    holds: /60\s+business\s+days/,
    says: /60\s+business\s+days/,
  },
  {
    question: 'fed margin requirement for buying stock',
    story: 'reuters-14982',
    holds: /50\s+pct\s+margin\s+requirement/,
    says: /50\s+pct/,
  },
  {
    question: 'who chairs the senate banking committee',
    story: 'reuters-14982',
    holds: /Chairman\s+William\s+Proxmire/,
    says: /Proxmire/,
  },
  // London's farm futures markets merging.
  {
    question: 'how many london futures markets are merging',
    story: 'reuters-03084',
    holds: /Three\s+London\s+markets/,
    says: /Three/i,
  },
  {
    question: 'secretary of the agricultural futures exchange',
    story: 'reuters-03084',
    holds: /secretary\s+Bill\s+Englebright/,
    says: /Englebright/,
  },
  {
    question: 'where will the merged markets be',
    story: 'reuters-03084',
    holds: /remain\s+at\s+the\s+Baltic\s+Exchange/,
    says: /Baltic\s+Exchange/,
  },
  {
    question: 'why r the london farm futures markets merging',
    story: 'reuters-03084',
    holds: /limit\s+regulatory\s+and\s+administrative\s+costs/,
    says: /regulatory\s+and\s+administrative\s+costs/,
  },
  // Nordbanken auctioning Fermenta shares.
  {
    question: 'how many fermenta shares is nordbanken selling',
    story: 'reuters-02652',
    holds: /4\.2\s+mln\s+B\s+free\s+shares/,
    says: /4\.2\s+mln/,
  },
  {
    question: 'when is the fermenta share auction',
    story: 'reuters-02652',
    holds: /public\s+auction\s+on\s+March\s+16/,
    says: /March\s+16/,
  },
  {
    question: 'whose collateral shares is nordbanken auctioning',
    story: 'reuters-02652',
    holds: /Refaat\s+el-Sayed/,
    says: /el-Sayed/,
  },
  // Veterans' suicides.
  {
    question: 'how often does a veteran commit suicide',
    story: 'usa-today_2016-09-16_every-minutes-a-veteran-commits-',
    holds: /every\s+72\s+minutes/i,
    says: /72\s+minutes/,
  },
  {
    question: 'how many ppl watched the commander in chief forum',
    story: 'usa-today_2016-09-16_every-minutes-a-veteran-commits-',
    holds: /14\.7\s+million/,
    says: /14\.7\s+million/,
  },
  {
    question: 'who runs iraq and afghanistan veterans of america',
    story: 'usa-today_2016-09-16_every-minutes-a-veteran-commits-',
    holds: /Paul\s+Rieckhoff/,
    says: /Rieckhoff/,
  },
  {
    question: 'va suicide hotline number',
    story: 'usa-today_2016-09-16_every-minutes-a-veteran-commits-',
    holds: /800-273-8255/,
    says: /800-273-8255/,
  },
  // Charlotte after a police shooting.
  {
    question: 'who was shot by police in charlotte',
    story: 'wash-post_2016-09-26_charlotte-struggles-to-return-to',
    holds: /Keith\s+Lamont\s+Scott/,
    says: /Scott/,
  },
  {
    question: 'how old was keith scott',
    story: 'wash-post_2016-09-26_charlotte-struggles-to-return-to',
    holds: /Scott,\s+43/,
    says: /43/,
  },
  {
    question: 'who did the panthers play',
    story: 'wash-post_2016-09-26_charlotte-struggles-to-return-to',
    holds: /Minnesota\s+Vikings/,
    says: /Vikings/,
  },
  {
    question: 'what did paul ryan say about the shootings',
    story: 'wash-post_2016-09-26_charlotte-struggles-to-return-to',
    holds: /heartbreaking|more\s+listening/,
    says: /heartbreaking|more\s+listening/,
  },
  // Parents' walk-ins for public schools.
  {
    question: 'how many schools took part in the walk in',
    story: 'huff-post_2016-10-07_frustrated-parents-rally-nationw',
    holds: /more\s+than\s+2,000\s+schools/,
    says: /2,000/,
  },
  {
    question: 'who heads aros',
    story: 'huff-post_2016-10-07_frustrated-parents-rally-nationw',
    holds: /Keron\s+Blair/,
    says: /Blair/,
  },
  {
    question: 'when did the naacp call for a moratorium on charters',
    story: 'huff-post_2016-10-07_frustrated-parents-rally-nationw',
    holds: /In\s+July,\s+the\s+NAACP/,
    says: /July/,
  },
  {
    question: 'uft president',
    story: 'huff-post_2016-10-07_frustrated-parents-rally-nationw',
    holds: /Michael\s+Mulgrew/,
    says: /Mulgrew/,
  },
  // A poll after the first debate.
  {
    question: 'reuters ipsos poll clinton vs trump head to head',
    story: 'west-journal_2016-09-30_new-poll-shows-minor-post-debate',
    holds: /43\s+percent\s+to\s+38\s+percent/,
    says: /43\s+percent/,
  },
  {
    question: 'whos the rnc chief strategist',
    story: 'west-journal_2016-09-30_new-poll-shows-minor-post-debate',
    holds: /Sean\s+Spicer/,
    says: /Spicer/,
  },
  {
    question: 'what pct of voters said the debate changed their mind',
    story: 'west-journal_2016-09-30_new-poll-shows-minor-post-debate',
    holds: /Just\s+9\s+percent/,
    says: /9\s+percent/,
  },
];

/**
 * The ninth group: 51 questions over 14 other Reuters stories and 13 over 4 other PolNeAR stories, none
 * used by another group; committed before it was first asked. Its misses were read on 2026-12-07, so it
 * is tuned on since.
 */
const HELD_OUT_NINTH: Typed[] = [
  // A Soviet minister answers Reagan over the embassy scandal.
  {
    question: 'who said moscow felt indignation at reagans remarks',
    story: 'reuters-14914',
    holds: /Vladimir\s+Petrovsky/,
    says: /Petrovsky/,
  },
  {
    question: 'when is shultz due in moscow',
    story: 'reuters-14914',
    holds: /only\s+a\s+week\s+before/,
    says: /a\s+week/,
  },
  {
    question: 'why cant soviet diplomats use there new embassy in washington',
    story: 'reuters-14914',
    holds: /made\s+secure/,
    says: /mission\s+was\s+made\s+secure/,
  },
  {
    question: 'what did reagan order after the spy scandal',
    story: 'reuters-14914',
    holds: /high-level\s+review\s+of\s+security/,
    says: /review/,
  },
  // Mobil's reserves in its 1986 annual report.
  {
    question: 'mobil total proved reserves end of 1986',
    story: 'reuters-04962',
    holds: /2\.5\s+billion\s+barrels/,
    says: /2\.5\s+billion/,
  },
  {
    question: 'where did mobils gains come from',
    story: 'reuters-04962',
    holds: /gains\s+were\s+in\s+Indonesia/,
    says: /Indonesia/,
  },
  {
    question: 'mobil us crude reserves 1986',
    story: 'reuters-04962',
    holds: /837\s+mln\s+barrels/,
    says: /837/,
  },
  {
    question: 'how much lng can the new indonesia facilty make',
    story: 'reuters-04962',
    holds: /1\.7\s+mln\s+tonnes/,
    says: /1\.7\s+mln/,
  },
  // Turkey applies to join the European Community.
  {
    question: 'when could turkey join the ec',
    story: 'reuters-16491',
    holds: /before\s+the\s+year\s+2,000/,
    says: /2,000/,
  },
  {
    question: 'how old is turkeys association agreement with the ec',
    story: 'reuters-16491',
    holds: /23-year-old\s+association\s+agreement/,
    says: /23-year-old/,
  },
  {
    question: 'which countrys joined the ec last year',
    story: 'reuters-16491',
    holds: /Spain\s+and\s+Portugal/,
    says: /Spain/,
  },
  // Bangladesh asks the World Bank for industrial credit.
  {
    question: 'how much is bangladesh asking the world bank for',
    story: 'reuters-04642',
    holds: /200\s+mln\s+dlrs/,
    says: /200\s+mln/,
  },
  {
    question: 'bangladesh development budget cut',
    story: 'reuters-04642',
    holds: /seven\s+pct\s+to\s+44\.4\s+billion\s+Taka/,
    says: /seven\s+pct|44\.4\s+billion/,
  },
  {
    question: 'why was the adp budget cut',
    story: 'reuters-04642',
    holds: /poor\s+tax\s+collection/,
    says: /poor\s+tax\s+collection/,
  },
  {
    question: 'how much did donors give bangladesh in 1986/87',
    story: 'reuters-04642',
    holds: /1\.85\s+billion/,
    says: /1\.85/,
  },
  // Outokumpu splits its copper division.
  {
    question: 'outokumpu 1986 loss',
    story: 'reuters-03613',
    holds: /83\s+mln\s+markka/,
    says: /83\s+mln/,
  },
  {
    question: 'outokumpu managin director',
    story: 'reuters-03613',
    holds: /Pertti\s+Voutilainen/,
    says: /Voutilainen/,
  },
  {
    question: 'what swedish copper firms did outokumpu buy',
    story: 'reuters-03613',
    holds: /Metallverken/,
    says: /Metallverken/,
  },
  {
    question: 'whats the new copper division called',
    story: 'reuters-03613',
    holds: /Copper\s+Products\s+Industry/,
    says: /Copper\s+Products/,
  },
  // The World Bank's president against forgiving debt.
  {
    question: 'why is conable against debt forgiveness',
    story: 'reuters-16540',
    holds: /cutoff\s+in\s+lending/,
    says: /cutoff/,
  },
  {
    question: 'whose debt plan does conable back',
    story: 'reuters-16540',
    holds: /James\s+Baker's\s+debt\s+plan/,
    says: /Baker/,
  },
  // Texas cotton and the cold.
  {
    question: 'how much texas cotton is planted',
    story: 'reuters-11064',
    holds: /six\s+pct\s+of\s+the\s+crop/,
    says: /six\s+pct/,
  },
  {
    question: 'how many bales did texas produce last yr',
    story: 'reuters-11064',
    holds: /2\.5\s+mln\s+bales/,
    says: /2\.5\s+mln/,
  },
  {
    question: 'how cold will it get in texas tonight',
    story: 'reuters-11064',
    holds: /freezing\s+to\s+the\s+low\s+20s/,
    says: /freezing|low\s+20s/,
  },
  // Loans for Jordan's development plan.
  {
    question: 'how much in loans is jordan getting',
    story: 'reuters-05588',
    holds: /98\.8\s+mln\s+dlrs/,
    says: /98\.8/,
  },
  {
    question: 'who lent jordan the money',
    story: 'reuters-05588',
    holds: /European\s+Investment\s+Bank/,
    says: /European\s+Investment\s+Bank/,
  },
  {
    question: 'jordan gdp growth first year of plan',
    story: 'reuters-05588',
    holds: /grew\s+2\.4\s+per\s+cent/,
    says: /2\.4/,
  },
  {
    question: 'size of jordans 1986-1990 plan',
    story: 'reuters-05588',
    holds: /nine\s+billion\s+dlr\s+1986-1990/,
    says: /nine\s+billion/,
  },
  // The Energy Department sells an Alaska hydroelectric project.
  {
    question: 'what is the doe selling in alaska',
    story: 'reuters-13168',
    holds: /Snettisham\s+Hydroelectric/,
    says: /Snettisham/,
  },
  {
    question: 'when are proposals for snettisham due',
    story: 'reuters-13168',
    holds: /August\s+three/,
    says: /August\s+three/,
  },
  {
    question: 'how long does doe have to pick a proposal',
    story: 'reuters-13168',
    holds: /120\s+days/,
    says: /120\s+days/,
  },
  {
    question: 'eklutna project proposals when',
    story: 'reuters-13168',
    holds: /early\s+June/,
    says: /early\s+June/,
  },
  // A submarine cable between Peninsula Malaysia and Sabah and Sarawak.
  {
    question: 'how long is the malaysia sabah cable',
    story: 'reuters-12459',
    holds: /1,500\s+kms-long/,
    says: /1,500/,
  },
  {
    question: 'cable and wireless stake in the venture',
    story: 'reuters-12459',
    holds: /49\s+pct\s+by\s+Cable\s+and\s+Wireless/,
    says: /49\s+pct/,
  },
  {
    question: 'when was stm privatised',
    story: 'reuters-12459',
    holds: /privatised\s+in\s+January\s+1987/,
    says: /January\s+1987/,
  },
  {
    question: 'cost of the fibre optic cable',
    story: 'reuters-12459',
    holds: /100\s+mln\s+dlrs\s+fibre\s+optic/,
    says: /100\s+mln/,
  },
  // Thailand's 1987/88 budget.
  {
    question: 'thai budget spending 1987/88',
    story: 'reuters-16987',
    holds: /243\.5\s+billion\s+baht/,
    says: /243\.5/,
  },
  {
    question: 'how big is the thai budget deficit',
    story: 'reuters-16987',
    holds: /44\s+billion\s+baht\s+deficit/,
    says: /44\s+billion/,
  },
  {
    question: 'how does thailand finance its deficit',
    story: 'reuters-16987',
    holds: /domestic\s+borrowings/,
    says: /domestic\s+borrowings/,
  },
  {
    question: 'thai govt revenue forecast',
    story: 'reuters-16987',
    holds: /199\.5\s+billion\s+baht/,
    says: /199\.5/,
  },
  // Esso SAF and Exxon's French refineries.
  {
    question: 'does esso saf plan to close a refinery',
    story: 'reuters-06791',
    holds: /no\s+immediate\s+plans/,
    says: /no\s+immediate\s+plans/,
  },
  {
    question: 'port jerome refinery capacity',
    story: 'reuters-06791',
    holds: /seven\s+mln\s+tonnes/,
    says: /seven\s+mln/,
  },
  {
    question: 'whos exxons new president',
    story: 'reuters-06791',
    holds: /Lee\s+R\.\s+Raymond/,
    says: /Raymond/,
  },
  {
    question: 'which esso refinery would be easiest to sell',
    story: 'reuters-06791',
    holds: /easiest\s+plant\s+to\s+dispose\s+of/,
    says: /Fos\s+sur\s+Mer/,
  },
  // The inquiry into the Zeebrugge ferry disaster.
  {
    question: 'how many died in the zeebrugge ferry disaster',
    story: 'reuters-17318',
    holds: /around\s+200\s+people\s+drowned/,
    says: /200/,
  },
  {
    question: 'what caused the zeebrugge ferry to capsize',
    story: 'reuters-17318',
    holds: /bow\s+doors\s+wide\s+open/,
    says: /bow\s+doors/,
  },
  {
    question: 'who owns the herald of free enterprise',
    story: 'reuters-17318',
    holds: /owned\s+by\s+Townsend\s+Thoresen/,
    says: /Townsend\s+Thoresen/,
  },
  {
    question: 'where was the zeebrugge ferry going',
    story: 'reuters-17318',
    holds: /English\s+port\s+of\s+Dover/,
    says: /Dover/,
  },
  // Aid for Tanzania's railway.
  {
    question: 'how much aid did tanzania railway get',
    story: 'reuters-02015',
    holds: /25\.6\s+mln\s+dlrs/,
    says: /25\.6/,
  },
  {
    question: 'hw many locomotives will trc get spares for',
    story: 'reuters-02015',
    holds: /32\s+locomotives/,
    says: /32/,
  },
  {
    question: 'tanzanian transport minister',
    story: 'reuters-02015',
    holds: /Mustafa\s+Nyang'anyi/,
    says: /Nyang'anyi/,
  },
  // WikiLeaks says a state cut Assange's internet.
  {
    question: 'who cut assanges internet',
    story: 'politico_2016-10-17_wikileaks-claims-state-party-cut',
    holds: /Ecuador\s+(?:was\s+behind|cut\s+off)/,
    says: /Ecuador/,
  },
  {
    question: 'since when has assange lived in the ecuadorian embassy',
    story: 'politico_2016-10-17_wikileaks-claims-state-party-cut',
    holds: /since\s+2012/,
    says: /2012/,
  },
  {
    question: 'whose emails is wikileaks releasing',
    story: 'politico_2016-10-17_wikileaks-claims-state-party-cut',
    holds: /campaign\s+chairman\s+John\s+Podesta/,
    says: /Podesta/,
  },
  {
    question: 'who resigned after the dnc hack',
    story: 'politico_2016-10-17_wikileaks-claims-state-party-cut',
    holds: /Debbie\s+Wasserman\s+Schultz/,
    says: /Wasserman\s+Schultz/,
  },
  // Stocks fall as the FBI reopens the Clinton email probe.
  {
    question: 'dow jones after the comey news',
    story: 'breitbart_2016-10-28_us-stocks-sink-as-fbi-reopens-cl',
    holds: /18,104\.10/,
    says: /18,104\.10/,
  },
  {
    question: 'how much did the vix jump',
    story: 'breitbart_2016-10-28_us-stocks-sink-as-fbi-reopens-cl',
    holds: /16\s+percent\s+to\s+16\.9/,
    says: /16\s+percent/,
  },
  {
    question: 's&p 500 friday',
    story: 'breitbart_2016-10-28_us-stocks-sink-as-fbi-reopens-cl',
    holds: /2,121\.65/,
    says: /2,121\.65|0\.5\s+percent/,
  },
  // Trump and his tax returns.
  {
    question: 'why does trump say he cant release his taxes',
    story: 'usa-today_2016-09-08_with-two-months-to-go-trump-stil',
    holds: /because\s+he\s+is\s+being\s+audited/,
    says: /audited/,
  },
  {
    question: 'how many corporate bankruptcies has trump had',
    story: 'usa-today_2016-09-08_with-two-months-to-go-trump-stil',
    holds: /six\s+corporate\s+bankruptcies/,
    says: /six/,
  },
  {
    question: 'how big was the improper contribution to floridas attorney general',
    story: 'usa-today_2016-09-08_with-two-months-to-go-trump-stil',
    holds: /\$25,000\s+contribution/,
    says: /\$25,000/,
  },
  {
    question: 'how many pages is trumps disclosure report',
    story: 'usa-today_2016-09-08_with-two-months-to-go-trump-stil',
    holds: /100-page\s+disclosure\s+report/,
    says: /100-page/,
  },
  // Flynn on MSNBC.
  {
    question: 'which msnbc anchor did flynn cut off',
    story: 'politico_2016-11-02_trump-adviser-flynn-gets-agitate',
    holds: /Stephanie\s+Ruhle/,
    says: /Ruhle/,
  },
  {
    question: 'what did flynn say when asked if he respects putin',
    story: 'politico_2016-11-02_trump-adviser-flynn-gets-agitate',
    holds: /stop\s+it\s+with\s+that\s+kind\s+of\s+stuff/,
    says: /stop\s+it/,
  },
];

/**
 * The tenth group: 59 questions over 14 other Reuters stories and 10 over 4 other PolNeAR stories, none
 * used by another group or by any other eval question; committed before it was first asked. Its misses
 * were read on 2026-12-07 (30 of 69 right then), so it is tuned on since.
 */
const HELD_OUT_TENTH: Typed[] = [
  // Philippine officials split over the debt talks' tactics.
  {
    question: 'who is accusing ongpin of going soft in the debt talks',
    story: 'reuters-00350',
    holds: /Monsod/,
    says: /Monsod/,
  },
  {
    question: 'philipines total foreign debt',
    story: 'reuters-00350',
    holds: /27\.8\s+billion/,
    says: /27\.8/,
  },
  {
    question: 'whats monsods gnp growth target',
    story: 'reuters-00350',
    holds: /6\.5\s+pct/,
    says: /6\.5/,
  },
  {
    question: 'how big is manilas financing gap for 1988/92',
    story: 'reuters-00350',
    holds: /seven\s+billion/,
    says: /seven\s+billion/,
  },
  // The Philippines' debt certificates.
  {
    question: 'which paper reported the philippine debt certificate plan',
    story: 'reuters-00230',
    holds: /Business\s+Day/,
    says: /Business\s+Day/,
  },
  {
    question: 'maturity of the philippine debt certificates',
    story: 'reuters-00230',
    holds: /five\s+or\s+six\s+years/,
    says: /five\s+or\s+six/,
  },
  {
    question: 'how many banks on the philippines advisory committee',
    story: 'reuters-00230',
    holds: /12-bank/,
    says: /12/,
  },
  {
    question: 'what spread over libor is manila asking',
    story: 'reuters-00230',
    holds: /5\/8/,
    says: /5\/8/,
  },
  // Yugoslavia's talks with its banks.
  {
    question: 'yugoslavias total debt end 86',
    story: 'reuters-14331',
    holds: /19\.7\s+billion/,
    says: /19\.7/,
  },
  {
    question: 'how much did creditor govts refinance for yugoslavia',
    story: 'reuters-14331',
    holds: /475\s+mln/,
    says: /475/,
  },
  {
    question: 'which bank coordinates the yugoslav debt talks',
    story: 'reuters-14331',
    holds: /Manufacturers\s+Hanover/,
    says: /Manufacturers\s+Hanover/,
  },
  {
    question: 'yugoslav finance minister name',
    story: 'reuters-14331',
    holds: /Rikanovic/,
    says: /Rikanovic/,
  },
  {
    question: 'how much has the ec agreed for yugoslav transport',
    story: 'reuters-14331',
    holds: /380\s+mln/,
    says: /380/,
  },
  // Gulf capital markets reviewed by a Bahrain bank.
  {
    question: 'gib econmist',
    story: 'reuters-00247',
    holds: /Henry\s+Azzam/,
    says: /Azzam/,
  },
  {
    question: 'which gulf state has an official stock exchange',
    story: 'reuters-00247',
    holds: /Only\s+Kuwait/,
    says: /Kuwait/,
  },
  {
    question: 'when was the last saudi riyal bond issued',
    story: 'reuters-00247',
    holds: /1978/,
    says: /1978/,
  },
  {
    question: 'how much of a bahrain company can gcc nationals own',
    story: 'reuters-00247',
    holds: /25\s+pct/,
    says: /25\s+pct/,
  },
  // Krupp's 1986.
  {
    question: 'krupp 1986 sales',
    story: 'reuters-09761',
    holds: /18\.1\s+billion/,
    says: /18\.1/,
  },
  {
    question: 'krupp orders in hand end of 86',
    story: 'reuters-09761',
    holds: /9\.1\s+billion/,
    says: /9\.1/,
  },
  {
    question: 'how much did krupps steel orders fall',
    story: 'reuters-09761',
    holds: /decreased\s+by\s+three\s+pct/,
    says: /three\s+pct/,
  },
  {
    question: 'what share of krupp sales was machinery and plant',
    story: 'reuters-09761',
    holds: /42\s+pct/,
    says: /42/,
  },
  // A Soviet observer at the Asian Development Bank.
  {
    question: 'who was the soviet observer at the adb meeting',
    story: 'reuters-17376',
    holds: /Ponomarev/,
    says: /Ponomarev/,
  },
  {
    question: 'whats washingtons voting share in the adb',
    story: 'reuters-17376',
    holds: /12\s+pct\s+voting/,
    says: /12\s+pct/,
  },
  {
    question: 'whats ponomarevs job',
    story: 'reuters-17376',
    holds: /managing\s+director/,
    says: /managing\s+director/,
  },
  {
    question: 'what fraction of adb governors would moscow need',
    story: 'reuters-17376',
    holds: /two-thirds/,
    says: /two-thirds/,
  },
  // CPC sells its Asian grocery business.
  {
    question: 'who is cpc selling its asian grocery business to',
    story: 'reuters-11891',
    holds: /Ajinomoto/,
    says: /Ajinomoto/,
  },
  {
    question: 'how much is ajinomoto paying cpc',
    story: 'reuters-11891',
    holds: /340\s+mln/,
    says: /340/,
  },
  {
    question: 'cpc 1986 eps',
    story: 'reuters-11891',
    holds: /2\.30\s+dlrs/,
    says: /2\.30/,
  },
  {
    question: 'cpc stake in the oat food venture',
    story: 'reuters-11891',
    holds: /51\s+pct/,
    says: /51/,
  },
  // Coffee producers meet at the ICO.
  {
    question: 'whats the brazillian ico delegates name',
    story: 'reuters-11866',
    holds: /Lindenberg\s+Sette/,
    says: /Sette/,
  },
  {
    question: 'what time do ico producers meet',
    story: 'reuters-11866',
    holds: /1500\s+GMT/,
    says: /1500/,
  },
  {
    question: 'how low did near may coffee go in london',
    story: 'reuters-11866',
    holds: /1,220\s+stg/,
    says: /1,220/,
  },
  {
    question: 'when do most producers want to restart quota talks',
    story: 'reuters-11866',
    holds: /September\s+council/,
    says: /September/,
  },
  {
    question: 'who asked for todays ico producer meeting',
    story: 'reuters-11866',
    holds: /Inter-African/,
    says: /Inter-African/,
  },
  // Mobil's debt.
  {
    question: 'mobil long term debt end 1986',
    story: 'reuters-04906',
    holds: /7\.9\s+billion/,
    says: /7\.9/,
  },
  {
    question: 'mobil chairmen',
    story: 'reuters-04906',
    holds: /Murray/,
    says: /Murray/,
  },
  {
    question: 'how much did mobil get for container corp',
    story: 'reuters-04906',
    holds: /1\.1\s+billion/,
    says: /1\.1\s+billion/,
  },
  {
    question: 'mobil debt due in 88',
    story: 'reuters-04906',
    holds: /1\.2\s+billion/,
    says: /1\.2/,
  },
  {
    question: 'what did mobil buy in 1984',
    story: 'reuters-04906',
    holds: /Superior\s+Oil/,
    says: /Superior\s+Oil/,
  },
  // Philippine inflation and the minimum wage.
  {
    question: 'philippine minimum daily wage',
    story: 'reuters-21532',
    holds: /54\s+peso/,
    says: /54/,
  },
  {
    question: 'what is ecop',
    story: 'reuters-21532',
    holds: /Employers\s+Confederation/,
    says: /Employers\s+Confederation/,
  },
  {
    question: 'how many workers would the govt wage hike displace',
    story: 'reuters-21532',
    holds: /20,000\s+workers/,
    says: /20,000/,
  },
  {
    question: 'neda forecast for 87 inflation',
    story: 'reuters-21532',
    holds: /four\s+to\s+4\.5/,
    says: /4\.5/,
  },
  // Eurosterling bonds.
  {
    question: 'coupon on swedens eurosterling bond',
    story: 'reuters-03283',
    holds: /9-1\/2\s+pct/,
    says: /9-1\/2/,
  },
  {
    question: 'who led the sweden eurosterling deal',
    story: 'reuters-03283',
    holds: /Baring\s+Brothers/,
    says: /Baring/,
  },
  {
    question: 'storehouse corporate treasurer',
    story: 'reuters-03283',
    holds: /Lance\s+Moir/,
    says: /Moir/,
  },
  {
    question: 'how big was the storehouse convertible',
    story: 'reuters-03283',
    holds: /60\s+mln\s+stg/,
    says: /60\s+mln/,
  },
  {
    question: 'how many eurosterling deals were there in feb',
    story: 'reuters-03283',
    holds: /14\s+we\s+had\s+last\s+month/,
    says: /14/,
  },
  // Britain and Japan over Cable and Wireless.
  {
    question: 'which uk firm is in the japan telecom row',
    story: 'reuters-13649',
    holds: /Cable\s+and\s+Wireless/,
    says: /Cable\s+and\s+Wireless/,
  },
  {
    question: 'uk trade deficit with japan last yr',
    story: 'reuters-13649',
    holds: /six\s+billion\s+dlrs/,
    says: /six\s+billion/,
  },
  {
    question: 'japans foreign minister',
    story: 'reuters-13649',
    holds: /Kuranari/,
    says: /Kuranari/,
  },
  // Briefs of April 7 1987.
  {
    question: 'gold fix london april 7 1987',
    story: 'reuters-13577',
    holds: /419\.80/,
    says: /419\.80/,
  },
  {
    question: 'swiss consumer prices year to march',
    story: 'reuters-13577',
    holds: /rose\s+one\s+pct/,
    says: /one\s+pct/,
  },
  {
    question: 'who heads the ifc',
    story: 'reuters-13577',
    holds: /Ryrie/,
    says: /Ryrie/,
  },
  {
    question: 'africa gdp growth in 1986',
    story: 'reuters-13577',
    holds: /1\.2\s+pct/,
    says: /1\.2/,
  },
  // Brazil's central bank governor meets the banks.
  {
    question: 'brazils central bank governor',
    story: 'reuters-03542',
    holds: /Gros/,
    says: /Gros/,
  },
  {
    question: 'how much debt did brazil stop paying interest on',
    story: 'reuters-03542',
    holds: /68\s+billion/,
    says: /68/,
  },
  {
    question: 'brazil finance minister',
    story: 'reuters-03542',
    holds: /Funaro/,
    says: /Funaro/,
  },
  {
    question: 'how much in trade lines did brazil freeze',
    story: 'reuters-03542',
    holds: /15\s+billion/,
    says: /15/,
  },
  // Why polls swing in a campaign's last week.
  {
    question: 'which pollster documented differential nonresponse',
    story: 'huff-post_2016-11-06_most-voters-don-t-change-their-m',
    holds: /YouGov/,
    says: /YouGov/,
  },
  {
    question: 'which states trump must win is clinton up in',
    story: 'huff-post_2016-11-06_most-voters-don-t-change-their-m',
    holds: /Florida\s+and\s+North\s+Carolina/,
    says: /Florida/,
  },
  // Trump on Clinton's Syria plan.
  {
    question: 'whos the philippines new president',
    story: 'huff-post_2016-10-25_trump-warns-clinton-policy-on-sy',
    holds: /Duterte/,
    says: /Duterte/,
  },
  {
    question: 'where did trump do the foreign policy interview',
    story: 'huff-post_2016-10-25_trump-warns-clinton-policy-on-sy',
    holds: /Doral/,
    says: /Doral/,
  },
  {
    question: 'what was trump eating during the interview',
    story: 'huff-post_2016-10-25_trump-warns-clinton-policy-on-sy',
    holds: /fried\s+eggs/,
    says: /eggs/,
  },
  {
    question: 'clintons syria plan would lead to what per trump',
    story: 'huff-post_2016-10-25_trump-warns-clinton-policy-on-sy',
    holds: /World\s+War\s+Three/,
    says: /World\s+War\s+Three/,
  },
  // Super PACs and Latino voters.
  {
    question: 'what share of voters this fall are latino',
    story: 'huff-post_2016-09-28_clinton-supporting-super-pacs-ta',
    holds: /one\s+of\s+every\s+nine/,
    says: /nine/,
  },
  // Pat Caddell on Clinton's health.
  {
    question: 'who hosts breitbart news daily',
    story: 'breitbart_2016-09-15_pat-caddell-democrat-voters-worr',
    holds: /Alex\s+Marlow/,
    says: /Marlow/,
  },
  {
    question: 'what channel airs breitbart news daily',
    story: 'breitbart_2016-09-15_pat-caddell-democrat-voters-worr',
    holds: /SiriusXM/,
    says: /SiriusXM/,
  },
  {
    question: 'which two polls did caddell cite on hillarys health',
    story: 'breitbart_2016-09-15_pat-caddell-democrat-voters-worr',
    holds: /Morning\s+Consult/,
    says: /Morning\s+Consult|Rasmussen/,
  },
];

/**
 * The eleventh group: 51 questions over 14 other Reuters stories and 13 over 4 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked. Its
 * first run (the tree of 2f109c3): 20 of 64 right. Its misses were read since (docs/answering.md), so
 * it is tuned on.
 */
const HELD_OUT_ELEVENTH: Typed[] = [
  // Haiti's biggest sugar mill closes, beaten by smuggled sugar.
  {
    question: 'why did the haitian sugar mill shut down',
    story: 'reuters-16093',
    holds: /smuggled\s+from\s+Miami/,
    says: /smuggled/,
  },
  {
    question: 'how many ppl lose their jobs at hasco',
    story: 'reuters-16093',
    holds: /idle\s+3,500\s+employees/,
    says: /3,500/,
  },
  {
    question: 'hasco spokesman',
    story: 'reuters-16093',
    holds: /Georges\s+D\.\s+Rigaud/,
    says: /Rigaud/,
  },
  {
    question: 'hw much does hasco owe',
    story: 'reuters-16093',
    holds: /owed\s+7\.6\s+mln/,
    says: /7\.6\s+mln/,
  },
  // The final report on the 1985 crash of a JAL jumbo.
  {
    question: 'how many died in the jal 747 crash',
    story: 'reuters-19043',
    holds: /killed\s+520\s+people/,
    says: /520/,
  },
  {
    question: 'which mountain did the jal jet fly into',
    story: 'reuters-19043',
    holds: /Mount\s+Osutaka/,
    says: /Osutaka/,
  },
  {
    question: 'who led the investigation into the jal crash',
    story: 'reuters-19043',
    holds: /Shun\s+Takeda/,
    says: /Takeda/,
  },
  {
    question: 'when did boeing say its repairs were faulty',
    story: 'reuters-19043',
    holds: /September\s+6,\s+1985/,
    says: /September\s+6/,
  },
  // A bomb at a police parade in Soweto.
  {
    question: 'where was the bomb thrown at the police parade',
    story: 'reuters-16958',
    holds: /parade\s+ground/,
    says: /Soweto/,
  },
  {
    question: 'how many hurt in the soweto bombing',
    story: 'reuters-16958',
    holds: /70\s+were\s+injured/,
    says: /70/,
  },
  {
    question: 'death toll of the 3 yrs of unrest in south africa',
    story: 'reuters-16958',
    holds: /2,400\s+lives/,
    says: /2,400/,
  },
  {
    question: 'sa foreign minister',
    story: 'reuters-16958',
    holds: /Pik\s+Botha/,
    says: /Botha/,
  },
  // A leaf disease in Sri Lanka's rubber estates.
  {
    question: 'what fungus is killing sri lankas rubber trees',
    story: 'reuters-01535',
    holds: /corenes\s+pora/,
    says: /corenes\s+pora/,
  },
  {
    question: 'sri lanka rubber output target 1987',
    story: 'reuters-01535',
    holds: /143,000\s+tonnes/,
    says: /143,000/,
  },
  {
    question: 'hw many hectares has the rubber disease hit',
    story: 'reuters-01535',
    holds: /2,900\s+hectares/,
    says: /2,900/,
  },
  {
    question: 'where did the rubber officials hold their crisis meeting',
    story: 'reuters-01535',
    holds: /Padukka/,
    says: /Padukka/,
  },
  // The left wins Chile's copper workers union.
  {
    question: 'whos the new president of the chilean copper union',
    story: 'reuters-06927',
    holds: /Nicanor\s+Araya/,
    says: /Araya/,
  },
  {
    question: 'how many workers does the ctc have',
    story: 'reuters-06927',
    holds: /22,000\s+workers/,
    says: /22,000/,
  },
  {
    question: 'what pct of chiles copper does codelco mine',
    story: 'reuters-06927',
    holds: /90\s+pct/,
    says: /90\s+pct/,
  },
  {
    question: 'why did seguel resign',
    story: 'reuters-06927',
    holds: /forced\s+to\s+step\s+down/,
    says: /court\s+actions/,
  },
  {
    question: 'when was the last strike in chiles copper mines',
    story: 'reuters-06927',
    holds: /strike\s+in\s+1983/,
    says: /1983/,
  },
  // Saudi oil output in February 1987.
  {
    question: 'saudi crude output feb 87',
    story: 'reuters-00273',
    holds: /3\.5\s+mln\s+barrels/,
    says: /3\.5\s+mln/,
  },
  {
    question: 'whats the saudi opec quota',
    story: 'reuters-00273',
    holds: /4\.133\s+mln/,
    says: /4\.133/,
  },
  {
    question: 'what price do the old aramco partners pay for saudi oil',
    story: 'reuters-00273',
    holds: /17\.52\s+dlrs/,
    says: /17\.52/,
  },
  // Alusuisse's 1986 loss.
  {
    question: 'alusuisse 1986 net loss',
    story: 'reuters-04692',
    holds: /loss\s+of\s+688\s+mln/,
    says: /688/,
  },
  {
    question: 'who runs alusuisse',
    story: 'reuters-04692',
    holds: /chief\s+executive\s+Hans\s+Jucker/,
    says: /Jucker/,
  },
  {
    question: 'how big a capital cut is alusuisse making',
    story: 'reuters-04692',
    holds: /50\s+pct\s+capital\s+cut/,
    says: /50\s+pct/,
  },
  {
    question: 'when do alusuisse shareholders vote on the capital cut',
    story: 'reuters-04692',
    holds: /April\s+22/,
    says: /April\s+22/,
  },
  // The Wallenbergs keep Swedish Match from Erik Penser.
  {
    question: 'who went after a big stake in swedish match',
    story: 'reuters-00302',
    holds: /Erik\s+Penser/,
    says: /Penser/,
  },
  {
    question: 'what will the swedish match deal cost the wallenbergs',
    story: 'reuters-00302',
    holds: /400\s+mln\s+crowns/,
    says: /400\s+mln/,
  },
  {
    question: 'investors voting stake in swedish match now',
    story: 'reuters-00302',
    holds: /49\.4\s+pct/,
    says: /49\.4/,
  },
  // The Bank of Japan on the yen, growth and liquidity.
  {
    question: 'boj gnp growth forecast for next fiscal yr',
    story: 'reuters-05271',
    holds: /three\s+pct\s+or\s+slightly\s+more/,
    says: /three\s+pct/,
  },
  {
    question: 'how many times has the bank of japan cut the discount rate',
    story: 'reuters-05271',
    holds: /five\s+times/,
    says: /five\s+times/,
  },
  {
    question: 'what did the boj official say about inflation',
    story: 'reuters-05271',
    holds: /barrel\s+of\s+powder/,
    says: /barrel\s+of\s+powder/,
  },
  {
    question: 'whats behind the tokyo stock boom acording to the boj',
    story: 'reuters-05271',
    holds: /liquidity\s+is\s+the\s+reason/,
    says: /liquidity/i,
  },
  // Japan tries to keep the chip dispute from a trade war.
  {
    question: 'how much in us tariffs on japanese electronics',
    story: 'reuters-10642',
    holds: /300\s+mln\s+dlrs\s+in\s+tariffs/,
    says: /300\s+mln/,
  },
  {
    question: 'japans biggest chipmaker',
    story: 'reuters-10642',
    holds: /NEC\s+Corp/,
    says: /NEC/,
  },
  {
    question: 'what did saba say about the us move',
    story: 'reuters-10642',
    holds: /irrational/,
    says: /irrational/,
  },
  // Dry weather and the Ivory Coast cocoa crop.
  {
    question: 'ivory coast 1986/87 cocoa crop estimate',
    story: 'reuters-18397',
    holds: /570,000\s+tonnes/,
    says: /570,000/,
  },
  {
    question: 'which dealer put out the april cocoa report',
    story: 'reuters-18397',
    holds: /Gill\s+and\s+Duffus/,
    says: /Gill\s+and\s+Duffus/,
  },
  {
    question: 'which months does the ivorian main crop need rain',
    story: 'reuters-18397',
    holds: /April\s+through\s+July/,
    says: /April\s+through\s+July/,
  },
  // Thatcher pressed to call a June election.
  {
    question: 'when is the next uk election due',
    story: 'reuters-14030',
    holds: /June\s+1988/,
    says: /June\s+1988/,
  },
  {
    question: 'tory share in the harris poll',
    story: 'reuters-14030',
    holds: /43\s+pct/,
    says: /43\s+pct/,
  },
  {
    question: 'what did thatcher say about who picks the election date',
    story: 'reuters-14030',
    holds: /Downing\s+Street,\s+not\s+Fleet\s+Street/,
    says: /Downing\s+Street/,
  },
  {
    question: 'who is vice chairman of the 1922 committee',
    story: 'reuters-14030',
    holds: /Marcus\s+Fox/,
    says: /Marcus\s+Fox/,
  },
  // Caesars World rejects Martin Sosnoff's bid.
  {
    question: 'how much a share is sosnoff offering for caesars',
    story: 'reuters-04943',
    holds: /28\s+dlr\s+per\s+share/,
    says: /28\s+dlr/,
  },
  {
    question: 'how big is sosnoffs stake in caesars world',
    story: 'reuters-04943',
    holds: /13\.6\s+pct/,
    says: /13\.6/,
  },
  {
    question: 'what did golden nugget sell its atlantic city casino for',
    story: 'reuters-04943',
    holds: /440\s+mln/,
    says: /440/,
  },
  // Troops in Brazil's ports and oil plants during the seamen's strike.
  {
    question: 'how many brazilian seamen on strike',
    story: 'reuters-03869',
    holds: /40,000\s+seamen/,
    says: /40,000/,
  },
  {
    question: 'how many ships are strikebound',
    story: 'reuters-03869',
    holds: /190\s+ships/,
    says: /190/,
  },
  {
    question: 'why so much labour unrest in brazil',
    story: 'reuters-03869',
    holds: /Cruzado\s+Plan/,
    says: /Cruzado/,
  },
  // Trump and Clinton at the commander-in-chief forum.
  {
    question: 'who moderated the nbc commander in chief forum',
    story: 'usa-today_2016-09-08_candidates-vie-for-vets-support-',
    holds: /Matt\s+Lauer/,
    says: /Lauer/,
  },
  {
    question: 'how many retired generals and admirals endorsed clinton',
    story: 'usa-today_2016-09-08_candidates-vie-for-vets-support-',
    holds: /95\s+retired\s+generals/,
    says: /95/,
  },
  {
    question: 'what did trump call clinton in his security speech',
    story: 'usa-today_2016-09-08_candidates-vie-for-vets-support-',
    holds: /trigger-happy/,
    says: /trigger-happy/,
  },
  {
    question: 'cost of trumps defense plans',
    story: 'usa-today_2016-09-08_candidates-vie-for-vets-support-',
    holds: /\$150\s+billion/,
    says: /150\s+billion/,
  },
  // The Justice Department answers Democrats on Comey's letter.
  {
    question: 'who signed the doj letters to congress',
    story: 'politico_2016-10-31_justice-department-pledges-quick',
    holds: /Peter\s+Kadzik/,
    says: /Kadzik/,
  },
  {
    question: 'what did leahy say about the doj reply',
    story: 'politico_2016-10-31_justice-department-pledges-quick',
    holds: /form\s+letter\s+five/,
    says: /form\s+letter/,
  },
  {
    question: 'when did the fbi get the warrant for the abedin emails',
    story: 'politico_2016-10-31_justice-department-pledges-quick',
    holds: /warrant\s+Sunday/,
    says: /Sunday/,
  },
  {
    question: 'whos anthony weiners wife',
    story: 'politico_2016-10-31_justice-department-pledges-quick',
    holds: /Huma\s+Abedin/,
    says: /Abedin/,
  },
  // Pence judged the winner of the vice presidential debate.
  {
    question: 'what share of the debate twitter chatter was about pence',
    story: 'west-journal_2016-10-05_pence-gives-gop-a-boost-with-sol',
    holds: /60\s+percent/,
    says: /60\s+percent/,
  },
  {
    question: 'who wrote pence won for the la times',
    story: 'west-journal_2016-10-05_pence-gives-gop-a-boost-with-sol',
    holds: /Los\s+Angeles\s+Times\s+panel/,
    says: /Barabak/,
  },
  // The first poll after the second presidential debate.
  {
    question: 'how far behind is trump in the politico morning consult poll',
    story: 'west-journal_2016-10-11_first-poll-released-since-second',
    holds: /five\s+points\s+back/,
    says: /five\s+points/,
  },
  {
    question: 'gary johnson poll number',
    story: 'west-journal_2016-10-11_first-poll-released-since-second',
    holds: /Gary\s+Johnson\s+scored/,
    says: /10\s+percent/,
  },
  {
    question: 'what pct of republicans want trump to quit the race',
    story: 'west-journal_2016-10-11_first-poll-released-since-second',
    holds: /13\s+percent/,
    says: /13\s+percent/,
  },
];

/**
 * The twelfth group: 48 questions over 13 other Reuters stories and 12 over 3 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked. Its
 * first run (3f9ed6d): 16 of 60 right. Its misses were read since (docs/answering.md), so it is tuned on.
 */
const HELD_OUT_TWELFTH: Typed[] = [
  // An earthquake in New Zealand's Bay of Plenty.
  {
    question: 'hw strong was the new zealand earthquake',
    story: 'reuters-00269',
    holds: /earthquake\s+measuring\s+6\.5/,
    says: /6\.5/,
  },
  {
    question: 'which town was cut off after the nz quake',
    story: 'reuters-00269',
    holds: /virtually\s+isolated/,
    says: /Whakatane/,
  },
  {
    question: 'population of whakatane',
    story: 'reuters-00269',
    holds: /has\s+about\s+16,000\s+people/,
    says: /16,000/,
  },
  {
    question: 'which dam did officials let water out of',
    story: 'reuters-00269',
    holds: /Matahina\s+hydro-electric\s+dam/,
    says: /Matahina/,
  },
  // SAS puts off its MD-11 order after an Airbus counter-bid.
  {
    question: 'how many md-11s was sas going to buy',
    story: 'reuters-07560',
    holds: /order\s+for\s+12\s+McDonnell/,
    says: /\b12\b/,
  },
  {
    question: 'whos the sas president',
    story: 'reuters-07560',
    holds: /SAS\s+President\s+Jan\s+Carlzon/,
    says: /Carlzon/,
  },
  {
    question: 'why is sas holding off on the md11 deal',
    story: 'reuters-07560',
    holds: /aggressive\s+counter-bid/,
    says: /counter-bid/,
  },
  {
    question: 'swissair md-11 order value',
    story: 'reuters-07560',
    holds: /1\.2\s+billion\s+Swiss\s+francs/,
    says: /1\.2\s+billion\s+Swiss\s+francs/,
  },
  // Norway's oil output in September 1987.
  {
    question: 'norway oil output sept 1987',
    story: 'reuters-20270',
    holds: /rose\s+by\s+22\.2\s+pct\s+to\s+1\.07\s+mln/,
    says: /1\.07\s+mln/,
  },
  {
    question: 'who is norways oil minister',
    story: 'reuters-20270',
    holds: /Oil\s+Minister\s+Arne\s+Oeien/,
    says: /Oeien/,
  },
  {
    question: 'why was ekofisk shut most of august',
    story: 'reuters-20270',
    holds: /counter\s+seabed\s+subsidence/,
    says: /raised\s+Ekofisk\s+platforms|seabed\s+subsidence/,
  },
  {
    question: 'how much did ekofisk pump in september',
    story: 'reuters-20270',
    holds: /pumped\s+168,023\s+bpd/,
    says: /168,023/,
  },
  // Nigeria changes the rules of its foreign exchange auctions.
  {
    question: 'how much has the naira lost since the auctions started',
    story: 'reuters-08074',
    holds: /depreciated\s+against\s+the\s+dollar\s+by\s+62\s+pct/,
    says: /62\s+pct/,
  },
  {
    question: 'when do the new fx auction rules start',
    story: 'reuters-08074',
    holds: /from\s+April\s+2,\s+banks\s+bidding/,
    says: /April\s+2/,
  },
  {
    question: 'world bank rep in nigeria',
    story: 'reuters-08074',
    holds: /Ishrat\s+Husain/,
    says: /Husain/,
  },
  {
    question: 'what did husain tell the bankers in lagos',
    story: 'reuters-08074',
    holds: /So\s+far\s+so\s+good/,
    says: /So\s+far\s+so\s+good/,
  },
  // Beghin-Say keeps its sugar in EC intervention.
  {
    question: 'who is beghin-say president',
    story: 'reuters-12790',
    holds: /Beghin-Say\s+President\s+Jean-Marc\s+Vernes/,
    says: /Vernes/,
  },
  {
    question: 'max rebate at this weeks ec sugar tender',
    story: 'reuters-12790',
    holds: /maximum\s+rebate\s+of\s+46\.864\s+Ecus/,
    says: /46\.864\s+Ecus/,
  },
  {
    question: 'how much sugar did operators offer into intervention',
    story: 'reuters-12790',
    holds: /offered\s+854,000\s+tonnes/,
    says: /854,000\s+tonnes/,
  },
  {
    question: 'why are sugar producers putting sugar into intervention',
    story: 'reuters-12790',
    holds: /to\s+protest\s+about\s+export\s+rebates/,
    says: /protest\s+about\s+export\s+rebates/,
  },
  // Why the U.S. hit an Iranian oil platform and not the Silkworm sites.
  {
    question: 'what did the us navy destroy in the gulf',
    story: 'reuters-20632',
    holds: /destroyed\s+an\s+offshore\s+oil\s+platform/,
    says: /offshore\s+oil\s+platform/,
  },
  {
    question: 'where would the us strike iran next according to cordesman',
    story: 'reuters-20632',
    holds: /naval\s+base\s+at\s+Bandar\s+Abbas/,
    says: /Bandar\s+Abbas/,
  },
  {
    question: 'what did weinberger say about more fighting with iran',
    story: 'reuters-20632',
    holds: /did\s+not\s+seek\s+further\s+confrontation/,
    says: /not\s+seek\s+further\s+confrontation/,
  },
  // Analysts on General Motors' share buyback.
  {
    question: 'what pct of its stock will gm buy back',
    story: 'reuters-01408',
    holds: /up\s+to\s+20\s+pct\s+of\s+the\s+common/,
    says: /20\s+pct/,
  },
  {
    question: 'how much did gm pay to buy out perot',
    story: 'reuters-01408',
    holds: /buying\s+out\s+Perot\s+for\s+743\s+mln/,
    says: /743\s+mln/,
  },
  {
    question: 'hw many gm workers are on indefinite layoff',
    story: 'reuters-01408',
    holds: /37,000\s+employees\s+on\s+indefinite\s+layoff/,
    says: /37,000/,
  },
  {
    question: 'gm chairman',
    story: 'reuters-01408',
    holds: /chairman\s+Roger\s+Smith/,
    says: /Roger\s+Smith/,
  },
  // Dome Petroleum pressed to sell its Encor stake.
  {
    question: 'how big a stake does dome have in encor',
    story: 'reuters-02833',
    holds: /sell\s+its\s+42\s+pct\s+stake/,
    says: /42\s+pct/,
  },
  {
    question: 'which bank wants dome to sell encor',
    story: 'reuters-02833',
    holds: /Canadian\s+Imperial\s+Bank\s+of\s+Commerce/,
    says: /Canadian\s+Imperial\s+Bank/,
  },
  {
    question: 'how much debt is dome trying to restructure',
    story: 'reuters-02833',
    holds: /restructure\s+more\s+than\s+6\.10\s+billion/,
    says: /6\.10\s+billion/,
  },
  // Argentina's soybean and coarse grain estimates cut again.
  {
    question: 'argentina soy crop forecast',
    story: 'reuters-09521',
    holds: /between\s+7\.5\s+and\s+7\.8\s+mln/,
    says: /7\.5\s+and\s+7\.8\s+mln/,
  },
  {
    question: 'when does the argentine soybean harvest begin',
    story: 'reuters-09521',
    holds: /harvested\s+in\s+mid-April/,
    says: /mid-April/,
  },
  {
    question: 'argentine maize crop estimate 86/87',
    story: 'reuters-09521',
    holds: /between\s+9\.9\s+and\s+10\.1\s+mln/,
    says: /9\.9\s+and\s+10\.1\s+mln/,
  },
  {
    question: 'whats been hurting the argentine soybeans',
    story: 'reuters-09521',
    holds: /high\s+temperatures\s+and\s+inadequate\s+rainfall/,
    says: /high\s+temperatures/,
  },
  // A cattle emergency in Cuba's drought-hit Camaguey.
  {
    question: 'how many cattle hit by the cuban drought',
    story: 'reuters-02389',
    holds: /Over\s+750,000\s+head/,
    says: /750,000/,
  },
  {
    question: 'which cuban province has the drought',
    story: 'reuters-02389',
    holds: /province\s+of\s+Camaguey/,
    says: /Camaguey/,
  },
  {
    question: 'hw much beef does a cuban get',
    story: 'reuters-02389',
    holds: /rationed\s+beef\s+every\s+18\s+days/,
    says: /3\/4\s+lb/,
  },
  // ChemLawn rejects Waste Management's tender offer.
  {
    question: 'how much did waste management offer for chemlawn',
    story: 'reuters-02500',
    holds: /27\s+dlrs\s+per\s+share\s+or\s+270\s+mln/,
    says: /27\s+dlrs|270\s+mln/,
  },
  {
    question: 'chemlawn chairman',
    story: 'reuters-02500',
    holds: /Chairman\s+L\.\s+Jack\s+Van\s+Fossen/,
    says: /Van\s+Fossen/,
  },
  {
    question: 'when do the chemlawn poison pill rights expire',
    story: 'reuters-02500',
    holds: /rights\s+expire\s+July\s+three/,
    says: /July\s+three\s+1987/,
  },
  {
    question: 'where did chemlawn sue waste management',
    story: 'reuters-02500',
    holds: /federal\s+court\s+in\s+Columbus/,
    says: /Columbus/,
  },
  // Taxes and banks in Finland's election campaign.
  {
    question: 'finnish pm',
    story: 'reuters-02132',
    holds: /Prime\s+Minister\s+Kalevi\s+Sorsa/,
    says: /Sorsa/,
  },
  {
    question: 'finland inflation 1986',
    story: 'reuters-02132',
    holds: /Inflation\s+was\s+3\.4\s+pct/,
    says: /3\.4\s+pct/,
  },
  {
    question: 'main economic issue in the finnish election',
    story: 'reuters-02132',
    holds: /Personal\s+taxation\s+has\s+emerged/,
    says: /Personal\s+taxation/,
  },
  // Analysts expect a leap in Jardine Matheson's 1986 profit.
  {
    question: 'jardine matheson 1986 profit forecast',
    story: 'reuters-09139',
    holds: /between\s+420\s+mln\s+and\s+450\s+mln/,
    says: /420\s+mln\s+and\s+450\s+mln/,
  },
  {
    question: 'what stake does jardine hold in hk land',
    story: 'reuters-09139',
    holds: /35\s+pct\s+stake\s+in\s+Hong\s+Kong\s+Land/,
    says: /35\s+pct/,
  },
  {
    question: 'jardine fleming profit last yr',
    story: 'reuters-09139',
    holds: /record\s+profits\s+for\s+1986\s+of\s+209\.5/,
    says: /209\.5\s+mln/,
  },
  {
    question: 'what did hargreaves say about jardines future',
    story: 'reuters-09139',
    holds: /creatively\s+structure/,
    says: /creatively\s+structure/,
  },
  // Warren asks Obama to replace the SEC's chair.
  {
    question: 'who does warren want obama to replace',
    story: 'wash-post_2016-10-15_sen-warren-asks-obama-to-fire-se',
    holds: /SEC\s+Chair\s+Mary\s+Jo\s+White/,
    says: /Mary\s+Jo\s+White/,
  },
  {
    question: 'what did white say to warren at the june hearing',
    story: 'wash-post_2016-10-15_sen-warren-asks-obama-to-fire-se',
    holds: /disappointed\s+in\s+your\s+disappointment/,
    says: /disappointed\s+in\s+your\s+disappointment/,
  },
  {
    question: 'when did obama appoint white',
    story: 'wash-post_2016-10-15_sen-warren-asks-obama-to-fire-se',
    holds: /Obama\s+appointed\s+White/,
    says: /2013/,
  },
  {
    question: 'hw many comments did the sec get on political spending disclosure',
    story: 'wash-post_2016-10-15_sen-warren-asks-obama-to-fire-se',
    holds: /record\s+number\s+of\s+public\s+comments/,
    says: /more\s+than\s+1\s+million/,
  },
  // Dr. Oz and Trump's health.
  {
    question: 'how much does trump weigh',
    story: 'politico_2016-09-15_trump-s-favorite-tv-doctor-has-a',
    holds: /weighs\s+236\s+pounds/,
    says: /236\s+pounds/,
  },
  {
    question: 'whos trumps longtime doctor',
    story: 'politico_2016-09-15_trump-s-favorite-tv-doctor-has-a',
    holds: /gastroenterologist\s+Harold\s+Bornstein/,
    says: /Bornstein/,
  },
  {
    question: 'what did mccaskill tell oz',
    story: 'politico_2016-09-15_trump-s-favorite-tv-doctor-has-a',
    holds: /scientific\s+community\s+is\s+almost\s+monolithic/,
    says: /monolithic\s+against\s+you/,
  },
  {
    question: 'how much of ozs advice is wrong according to the bmj',
    story: 'politico_2016-09-15_trump-s-favorite-tv-doctor-has-a',
    holds: /flatly\s+contradicted\s+half/,
    says: /half/,
  },
  // Jake Tapper on Donna Brazile's leaked debate question.
  {
    question: 'who did brazile send the debate question to',
    story: 'breitbart_2016-10-13_cnn-s-jake-tapper-on-donna-brazi',
    holds: /Jennifer\s+Palmieri/,
    says: /Palmieri/,
  },
  {
    question: 'what was the leaked town hall question about',
    story: 'breitbart_2016-10-13_cnn-s-jake-tapper-on-donna-brazi',
    holds: /question\s+about\s+the\s+death\s+penalty/,
    says: /death\s+penalty/,
  },
  {
    question: 'which radio station was tapper on',
    story: 'breitbart_2016-10-13_cnn-s-jake-tapper-on-donna-brazi',
    holds: /WMAL\s+radio/,
    says: /WMAL/,
  },
  {
    question: 'what did tapper say about the brazile leak',
    story: 'breitbart_2016-10-13_cnn-s-jake-tapper-on-donna-brazi',
    holds: /Journalistically\s+it.s\s+horrifying/,
    says: /horrifying/,
  },
];

/**
 * The thirteenth group: 48 questions over 14 other Reuters stories and 12 over 3 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked. Its
 * first run (aff2500): 18 of 60 right. Its misses were read since (docs/answering.md), so it is tuned on.
 */
const HELD_OUT_THIRTEENTH: Typed[] = [
  // Jefferies Group's founder resigns and will plead guilty.
  {
    question: 'who takes over as ceo at jefferies',
    story: 'reuters-07094',
    holds: /Frank\s+E\.\s+Baxter\s+will\s+assume/,
    says: /Frank\s+E\.\s+Baxter|Baxter/,
  },
  {
    question: 'how much did the boesky firm pay jefferies for the loss',
    story: 'reuters-07094',
    holds: /a\s+Boesky\s+entity\s+paid\s+Jefferies/,
    says: /three\s+mln\s+dlrs/,
  },
  {
    question: 'hw long is boyd jefferies barred from the business',
    story: 'reuters-07094',
    holds: /barring\s+him\s+from\s+the\s+securities\s+business/,
    says: /five\s+years/,
  },
  {
    question: 'what did boyd jefferies say about the deals',
    story: 'reuters-07094',
    holds: /accept\s+sole\s+responsibility/,
    says: /sole\s+responsibility/,
  },
  // The FDA approves Burroughs Wellcome's AZT against AIDS.
  {
    question: 'brand name of azt',
    story: 'reuters-07753',
    holds: /marketed\s+as\s+Retrovir/,
    says: /Retrovir/,
  },
  {
    question: 'hw much does a yr of azt cost',
    story: 'reuters-07753',
    holds: /year's\s+treatment\s+with\s+the\s+drug/,
    says: /8,000\s+dlrs\s+to\s+10,000\s+dlrs/,
  },
  {
    question: 'how many aids cases in the us so far',
    story: 'reuters-07753',
    holds: /32,825\s+AIDS\s+cases/,
    says: /32,825/,
  },
  {
    question: 'what is azt made from',
    story: 'reuters-07753',
    holds: /derived\s+from\s+herring\s+sperm/,
    says: /herring\s+sperm/,
  },
  // American Airlines and its flight attendants' union.
  {
    question: 'how many attendants did american fire over the leaflets',
    story: 'reuters-15982',
    holds: /American\s+fired\s+20\s+flight\s+attendants/,
    says: /\b20\b/,
  },
  {
    question: 'when does the american airlines cooling off period end',
    story: 'reuters-15982',
    holds: /When\s+the\s+period\s+ends\s+on\s+April\s+25/,
    says: /April\s+25/,
  },
  {
    question: 'which union is american airlines fighting',
    story: 'reuters-15982',
    holds: /Association\s+of\s+Professional\s+Flight\s+Attendants/,
    says: /Association\s+of\s+Professional\s+Flight\s+Attendants|APFA/,
  },
  // A leaf disease in Sri Lanka's rubber trees.
  {
    question: 'what disease is hitting sri lankan rubber',
    story: 'reuters-10729',
    holds: /leaf\s+disease\s+corynespora/,
    says: /corynespora/,
  },
  {
    question: 'how much land under rubber in sri lanka',
    story: 'reuters-10729',
    holds: /508,000\s+acres/,
    says: /508,000\s+acres/,
  },
  {
    question: 'which rubber clone got the disease',
    story: 'reuters-10729',
    holds: /high\s+yielding\s+RIC\s+103/,
    says: /RIC\s+103/,
  },
  {
    question: 'replanting money per hectare for sri lanka planters',
    story: 'reuters-10729',
    holds: /10,000\s+rupees\s+per\s+hectare/,
    says: /10,000\s+rupees/,
  },
  // Gulf States Utilities warns it may run out of cash.
  {
    question: 'when will gulf states utilities run out of cash',
    story: 'reuters-13225',
    holds: /inadequate\s+by\s+May\s+1987/,
    says: /May\s+1987/,
  },
  {
    question: 'gulf states 1986 profit',
    story: 'reuters-13225',
    holds: /In\s+1986,\s+Gulf\s+States\s+earned/,
    says: /244\.9\s+mln/,
  },
  {
    question: 'what did river bend cost',
    story: 'reuters-13225',
    holds: /4\.3\s+billion\s+dlr\s+River\s+Bend/,
    says: /4\.3\s+billion/,
  },
  {
    question: 'interim rate rise texas gave gsu',
    story: 'reuters-13225',
    holds: /interim\s+rate\s+increase\s+of\s+39\.9\s+mln/,
    says: /39\.9\s+mln/,
  },
  // Burlington Industries asks a court to stop Samjens' takeover.
  {
    question: 'which judge has the burlington injunction case',
    story: 'reuters-18071',
    holds: /Judge\s+Eugene\s+A\.\s+Gordon/,
    says: /Eugene\s+A\.\s+Gordon|Gordon/,
  },
  {
    question: 'whos behind samjens',
    story: 'reuters-18071',
    holds: /formed\s+by\s+Asher\s+Edelman/,
    says: /Asher\s+Edelman|Dominion\s+Textiles/,
  },
  {
    question: 'morgan stanleys offer per burlington share',
    story: 'reuters-18071',
    holds: /topped\s+a\s+76\s+dlr\s+per\s+share\s+offer/,
    says: /76\s+dlr/,
  },
  {
    question: 'what did the samjens lawyer say about burlington',
    story: 'reuters-18071',
    holds: /There's\s+only\s+one\s+Burlington/,
    says: /only\s+one\s+Burlington/,
  },
  // Spain's strikes and its tight money policy.
  {
    question: 'spain jobless rate',
    story: 'reuters-13752',
    holds: /unemployment\s+rate\s+of\s+21\.5\s+pct/,
    says: /21\.5\s+pct/,
  },
  {
    question: 'who is the bank of spain governor',
    story: 'reuters-13752',
    holds: /Bank\s+of\s+Spain\s+governor\s+Mariano\s+Rubio/,
    says: /Mariano\s+Rubio/,
  },
  {
    question: 'what was spanish inflation last yr',
    story: 'reuters-13752',
    holds: /stood\s+at\s+8\.3\s+pct/,
    says: /8\.3\s+pct/,
  },
  // The Pacific Stock Exchange in the October crash.
  {
    question: 'pacific stock exchange record volume',
    story: 'reuters-20782',
    holds: /record\s+17\.6\s+mln\s+shares/,
    says: /17\.6\s+mln/,
  },
  {
    question: 'who chairs the pacific exchange',
    story: 'reuters-20782',
    holds: /Pacific\s+Stock\s+Exchange\s+Chairman/,
    says: /Maurice\s+Mann/,
  },
  {
    question: 'why did the pacific exchange halt the otc options',
    story: 'reuters-20782',
    holds: /price\s+information\s+on\s+the\s+underlying\s+stocks/,
    says: /price\s+information/,
  },
  // Credit Commercial de France's profit ahead of its sale.
  {
    question: 'ccf net profit',
    story: 'reuters-15417',
    holds: /up\s+34\.8\s+pct\s+to\s+140\.1\s+mln/,
    says: /140\.1\s+mln/,
  },
  {
    question: 'when does the ccf flotation start',
    story: 'reuters-15417',
    holds: /April\s+27\s+as\s+a\s+likely\s+date/,
    says: /April\s+27/,
  },
  {
    question: 'when was ccf nationalized',
    story: 'reuters-15417',
    holds: /nationalised\s+by\s+the\s+Socialists\s+in\s+1982/,
    says: /1982/,
  },
  // An explosion at BP's Grangemouth refinery.
  {
    question: 'which bp refinery had the hydrocracker blast',
    story: 'reuters-08160',
    holds: /refinery\s+at\s+Grangemouth/,
    says: /Grangemouth/,
  },
  {
    question: 'how many died in the hydrocracker fire',
    story: 'reuters-08160',
    holds: /one\s+worker\s+was\s+killed/,
    says: /one\s+worker/,
  },
  {
    question: 'grangemouth refinery capacity',
    story: 'reuters-08160',
    holds: /178,500\s+bpd\s+refinery/,
    says: /178,500\s+bpd/,
  },
  {
    question: 'hw long will the grangemouth hydrocracker be down',
    story: 'reuters-08160',
    holds: /out\s+of\s+operation\s+for\s+some\s+months/,
    says: /some\s+months/,
  },
  // Two central bankers stir talk of a West German discount rate cut.
  {
    question: 'german discount rate now',
    story: 'reuters-15384',
    holds: /West\s+German\s+three\s+pct\s+discount\s+rate/,
    says: /three\s+pct/,
  },
  {
    question: 'lowest ever bundesbank discount rate',
    story: 'reuters-15384',
    holds: /lowest\s+ever\s+point\s+of\s+2\.75\s+pct/,
    says: /2\.75\s+pct/,
  },
  {
    question: 'which bundesbank board member called for lower rates',
    story: 'reuters-15384',
    holds: /Claus\s+Koehler\s+said\s+in\s+a\s+speech/,
    says: /Claus\s+Koehler|Koehler/,
  },
  // British Sugar shuts its Ipswich factory.
  {
    question: 'why did british sugar close ipswich',
    story: 'reuters-21321',
    holds: /acute\s+shortage\s+of\s+beet\s+supplies/,
    says: /shortage\s+of\s+beet/,
  },
  {
    question: 'how many sugar factories does british sugar have',
    story: 'reuters-21321',
    holds: /one\s+of\s+13\s+sugar\s+factories/,
    says: /\b13\b/,
  },
  {
    question: 'uk sugar output forecast this campaign',
    story: 'reuters-21321',
    holds: /around\s+1\.2\s+mln\s+tonnes/,
    says: /1\.2\s+mln\s+tonnes/,
  },
  // The EC warns Congress over a textile quota bill.
  {
    question: 'who heads the ec delegation in washington',
    story: 'reuters-16018',
    holds: /head\s+of\s+the\s+EC\s+delegation/,
    says: /Roy\s+Denma[mn]|Denma[mn]/,
  },
  {
    question: 'which senator got the ec letter',
    story: 'reuters-16018',
    holds: /letter\s+to\s+Senator\s+Lloyd\s+Bentsen/,
    says: /Lloyd\s+Bentsen/,
  },
  {
    question: 'what will the ec do if the textile bill passes',
    story: 'reuters-16018',
    holds: /no\s+doubt\s+that\s+the\s+EC\s+will\s+retaliate/,
    says: /retaliate/,
  },
  // Indonesia rejects the World Bank's farm reforms.
  {
    question: 'indonesian agriculture minister',
    story: 'reuters-18642',
    holds: /Agriculture\s+Minister\s+Achmad\s+Affandi/,
    says: /Achmad\s+Affandi|Affandi/,
  },
  {
    question: 'how much aid are indonesias donors looking at',
    story: 'reuters-18642',
    holds: /2\.5\s+billion\s+dlrs\s+in\s+grants/,
    says: /2\.5\s+billion/,
  },
  {
    question: 'where did the indonesia donor nations meet',
    story: 'reuters-18642',
    holds: /met\s+at\s+The\s+Hague/,
    says: /The\s+Hague|Hague/,
  },
  // Aung San Suu Kyi's visit to Washington.
  {
    question: 'hw long was suu kyi under house arrest',
    story: 'wash-post_2016-09-16_burma-leader-s-visit-to-washingt',
    holds: /spent\s+15\s+years\s+under\s+house\s+arrest/,
    says: /15\s+years/,
  },
  {
    question: 'who is burmas president',
    story: 'wash-post_2016-09-16_burma-leader-s-visit-to-washingt',
    holds: /advises\s+President\s+Htin\s+Kyaw/,
    says: /Htin\s+Kyaw/,
  },
  {
    question: 'who oversees the commission on the ethnic clashes in burma',
    story: 'wash-post_2016-09-16_burma-leader-s-visit-to-washingt',
    holds: /overseen\s+by\s+former\s+U\.N\.\s+secretary\s+general\s+Kofi\s+Annan/,
    says: /Kofi\s+Annan/,
  },
  {
    question: 'what did murphy call mcconnells trip to burma',
    story: 'wash-post_2016-09-16_burma-leader-s-visit-to-washingt',
    holds: /trip\s+that\s+launched\s+1,000\s+trips/,
    says: /launched\s+1,000\s+trips/,
  },
  // The U.S. accuses Russia of election hacking.
  {
    question: 'what did peskov say about the hacking charge',
    story: 'wash-post_2016-10-09_u-s-officially-condemns-russia-o',
    holds: /This\s+is\s+some\s+sort\s+of\s+nonsense/,
    says: /nonsense/,
  },
  {
    question: 'who took credit for posting the hacked stuff',
    story: 'wash-post_2016-10-09_u-s-officially-condemns-russia-o',
    holds: /persona\s+calling\s+himself\s+Guccifer\s+2\.0/,
    says: /Guccifer\s+2\.0/,
  },
  {
    question: 'which dnc chair quit over the leaked emails',
    story: 'wash-post_2016-10-09_u-s-officially-condemns-russia-o',
    holds: /resignation\s+of\s+the\s+DNC\s+chairwoman/,
    says: /Debbie\s+Wasserman\s+Schultz|Wasserman\s+Schultz/,
  },
  {
    question: 'which agencies accused russia',
    story: 'wash-post_2016-10-09_u-s-officially-condemns-russia-o',
    holds: /Office\s+of\s+the\s+Director\s+of\s+National\s+Intelligence\s+and\s+the\s+Department/,
    says: /Director\s+of\s+National\s+Intelligence/,
  },
  // Pence calls for a special prosecutor over the Clinton Foundation.
  {
    question: 'how many of clintons outside meetings were with foundation donors',
    story: 'politico_2016-10-31_pence-demands-independent-prosec',
    holds: /At\s+least\s+85\s+of\s+154\s+meetings/,
    says: /85\s+of\s+154|at\s+least\s+85/i,
  },
  {
    question: 'what does pence want done with the clinton foundation',
    story: 'politico_2016-10-31_pence-demands-independent-prosec',
    holds: /must\s+be\s+immediately\s+shut\s+down/,
    says: /shut\s+down/,
  },
  {
    question: 'clintons press secretary',
    story: 'politico_2016-10-31_pence-demands-independent-prosec',
    holds: /Clinton\s+press\s+secretary\s+Brian\s+Fallon/,
    says: /Brian\s+Fallon/,
  },
  {
    question: 'how many more clinton emails did the judge order out',
    story: 'politico_2016-10-31_pence-demands-independent-prosec',
    holds: /release\s+an\s+additional\s+15,000\s+emails/,
    says: /15,000/,
  },
];

/**
 * The fourteenth group: 48 questions over 13 other Reuters stories and 12 over 3 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked. Its
 * first run (e67ec21): 18 of 60 right. Never tuned on: its misses are unread.
 */
const HELD_OUT_FOURTEENTH: Typed[] = [
  // Indonesia's energy minister on a closure of the Strait of Hormuz.
  {
    question: 'what would happen to oil prices if hormuz got shut',
    story: 'reuters-20030',
    holds: /Oil\s+prices\s+would\s+skyrocket/,
    says: /skyrocket/,
  },
  {
    question: 'where does subroto see spot prices hovering',
    story: 'reuters-20030',
    holds: /hover\s+around\s+the\s+official\s+Opec/,
    says: /18\s+dlrs/,
  },
  {
    question: 'when will non-opec output level off',
    story: 'reuters-20030',
    holds: /plateau\s+in\s+the\s+early\s+1990s/,
    says: /early\s+1990s/,
  },
  {
    question: 'which opec committee is subroto on',
    story: 'reuters-20030',
    holds: /three-man\s+quota\s+committee/,
    says: /quota\s+committee/,
  },
  // Mellon Bank expects a first-quarter loss and halves its dividend.
  {
    question: 'mellon q1 loss',
    story: 'reuters-12521',
    holds: /loss\s+for\s+the\s+first\s+quarter\s+in\s+the\s+range/,
    says: /55\s+mln\s+to\s+65\s+mln/,
  },
  {
    question: 'what is mellon cutting its dividend to',
    story: 'reuters-12521',
    holds: /reduce\s+its\s+second\s+quarter\s+common\s+stock\s+dividend/,
    says: /35\s+cts/,
  },
  {
    question: 'whos mellons chairman',
    story: 'reuters-12521',
    holds: /Chairman\s+David\s+Barnes/,
    says: /David\s+Barnes/,
  },
  {
    question: 'mellon bad loans at end of quarter',
    story: 'reuters-12521',
    holds: /Non-performing\s+loans\s+at\s+quarter-end/,
    says: /1\.45\s+billion/,
  },
  // A cash-and-shares bid for Resorts International from KSZ.
  {
    question: 'how much cash does ksz offer for resorts class b shares',
    story: 'reuters-09047',
    holds: /holders\s+of\s+Resorts\s+class\s+B\s+stock\s+would\s+receive/,
    says: /140\s+dlrs/,
  },
  {
    question: 'when does the ksz offer expire',
    story: 'reuters-09047',
    holds: /offer\s+will\s+expire\s+at\s+1700/,
    says: /March\s+27/,
  },
  {
    question: 'who controls ksz',
    story: 'reuters-09047',
    holds: /controlled\s+by\s+Marvin\s+Davis/,
    says: /Marvin\s+Davis/,
  },
  {
    question: 'what price did trump agree with the crosby estate',
    story: 'reuters-09047',
    holds: /real\s+estate\s+tycoon\s+Donald\s+Trump\s+for\s+135/,
    says: /135\s+dlrs/,
  },
  // Poehl says the rise in interest rates is a cause for concern.
  {
    question: 'bundesbank president',
    story: 'reuters-20038',
    holds: /Bundesbank\s+President\s+Karl\s+Otto\s+Poehl/,
    says: /Karl\s+Otto\s+Poehl|Poehl/,
  },
  {
    question: 'rate on the new bundesbank repo tender',
    story: 'reuters-20038',
    holds: /at\s+a\s+fixed\s+rate\s+of\s+3\.80|allocation\s+rate\s+to\s+3\.80/,
    says: /3\.80\s+pct/,
  },
  {
    question: 'which us official met poehl in frankfurt',
    story: 'reuters-20038',
    holds: /meeting\s+between\s+Poehl,\s+Finance\s+Minister/,
    says: /James\s+Baker/,
  },
  {
    question: 'what did poehl say about inflation fears',
    story: 'reuters-20038',
    holds: /inflationary\s+fears\s+were\s+unjustified|no\s+grounds\s+for\s+such\s+fears/,
    says: /unjustified|no\s+grounds/,
  },
  // Zambia sends its copper through Tanzania instead of South Africa.
  {
    question: 'which port is zambian copper going through now',
    story: 'reuters-05827',
    holds: /channelled\s+along\s+the\s+TAZARA\s+line/,
    says: /Dar\s+es\s+Salaam/,
  },
  {
    question: 'zambia copper output 1986',
    story: 'reuters-05827',
    holds: /copper\s+production\s+fell\s+to\s+463,000/,
    says: /463,000\s+tonnes/,
  },
  {
    question: 'who runs tazara',
    story: 'reuters-05827',
    holds: /Standwell\s+Mapara,\s+general\s+manager/,
    says: /Standwell\s+Mapara/,
  },
  {
    question: 'what pct of zambias forex comes from copper and other minerals',
    story: 'reuters-05827',
    holds: /account\s+for\s+95\s+to\s+98\s+pct/,
    says: /95\s+to\s+98\s+pct/,
  },
  // Heinz heads for a 22nd year of records.
  {
    question: 'heinz ketchup market share',
    story: 'reuters-06215',
    holds: /Ketchup\s+has\s+its\s+highest\s+market\s+share/,
    says: /55\s+pct/,
  },
  {
    question: 'weight watchers revenue this yr',
    story: 'reuters-06215',
    holds: /Weight\s+Watchers\s+continues\s+to\s+perform/,
    says: /940\s+mln/,
  },
  {
    question: 'who is heinz ceo',
    story: 'reuters-06215',
    holds: /Chief\s+Executive\s+Officer\s+Anthony\s+O'Reilly/,
    says: /Anthony\s+O'Reilly/,
  },
  {
    question: 'hw many heinz uk workers by 1988',
    story: 'reuters-06215',
    holds: /further\s+reduced\s+to\s+2,500/,
    says: /2,500/,
  },
  // Japan dismisses U.S. objections to Fujitsu buying Fairchild.
  {
    question: 'which japanese firm is buying fairchild',
    story: 'reuters-04665',
    holds: /Semiconductor\s+Corp>\s+to\s+Japan's\s+Fujitsu/,
    says: /Fujitsu/,
  },
  {
    question: 'who is selling fairchild',
    story: 'reuters-04665',
    holds: /current\s+owner,\s+Schlumberger/,
    says: /Schlumberger/,
  },
  {
    question: 'which us secretary wants the fairchild deal blocked',
    story: 'reuters-04665',
    holds: /Commerce\s+Secretary\s+Malcolm\s+Baldrige\s+has\s+asked/,
    says: /Malcolm\s+Baldrige|Baldrige/,
  },
  {
    question: 'what did the salomon analyst call the us move',
    story: 'reuters-04665',
    holds: /this\s+is\s+a\s+bullying\s+ploy/,
    says: /bullying\s+ploy/,
  },
  // Bolivia's top union leader joins a miners' hunger strike.
  {
    question: 'whos the bolivian union leader on hunger strike',
    story: 'reuters-08427',
    holds: /Juan\s+Lechin\s+Oquendo/,
    says: /Juan\s+Lechin/,
  },
  {
    question: 'bolivia minimum wage',
    story: 'reuters-08427',
    holds: /minimum\s+monthly\s+wage/,
    says: /40\s+bolivianos/,
  },
  {
    question: 'how many bolivian miners got laid off',
    story: 'reuters-08427',
    holds: /About\s+20,000\s+miners/,
    says: /20,000/,
  },
  // Venezuela decrees wage bonuses and a price freeze.
  {
    question: 'how long is the venezuelan price freeze',
    story: 'reuters-17434',
    holds: /and\s+a\s+120-day\s+price\s+freeze/,
    says: /120-day/,
  },
  {
    question: 'venezuela inflation last yr',
    story: 'reuters-17434',
    holds: /inflation\s+rate\s+was\s+11\.5\s+pct/,
    says: /11\.5\s+pct/,
  },
  {
    question: 'when do venezuelas pay rises start',
    story: 'reuters-17434',
    holds: /take\s+effect\s+on\s+May\s+1/,
    says: /May\s+1/,
  },
  {
    question: 'how much purchasing power have venezuelan workers lost',
    story: 'reuters-17434',
    holds: /estimated\s+the\s+loss\s+at\s+40\s+pct/,
    says: /40\s+pct/,
  },
  // Sri Lanka appeals for aid in its worst drought in decades.
  {
    question: 'how many ppl hit by the sri lanka drought',
    story: 'reuters-10830',
    holds: /2\.4\s+mln\s+villagers/,
    says: /2\.4\s+mln/,
  },
  {
    question: 'how many countries did sri lanka ask for drought aid',
    story: 'reuters-10830',
    holds: /appealed\s+to\s+24\s+countries/,
    says: /24/,
  },
  {
    question: 'worst sri lankan drought since when',
    story: 'reuters-10830',
    holds: /worst\s+drought\s+since\s+1951/,
    says: /1951/,
  },
  {
    question: 'when will the sri lanka dry spell end',
    story: 'reuters-10830',
    holds: /monsoon\s+rains\s+fell\s+in\s+late\s+May/,
    says: /late\s+May/,
  },
  // Colombia lowers its coffee export price and makes it more flexible.
  {
    question: 'colombias new coffee reintegro',
    story: 'reuters-04603',
    holds: /lower\s+export\s+registration\s+price/,
    says: /1\.10\s+dlr/,
  },
  {
    question: 'hw much coffee will colombia export without quotas',
    story: 'reuters-04603',
    holds: /between\s+9\.6\s+and\s+10\s+mln\s+bags/,
    says: /9\.6\s+and\s+10\s+mln\s+bags/,
  },
  {
    question: 'colombian finance minister',
    story: 'reuters-04603',
    holds: /finance\s+minister\s+Cesar\s+Gaviria/,
    says: /Cesar\s+Gaviria/,
  },
  // Brooklyn Union's gas costs after Transco closes its lines to spot gas.
  {
    question: 'what pct of brooklyn unions gas was spot in 1986',
    story: 'reuters-18917',
    holds: /purchased\s+36\s+pct\s+of\s+its\s+supplies/,
    says: /36\s+pct/,
  },
  {
    question: 'why did transco stop carrying spot gas',
    story: 'reuters-18917',
    holds: /for\s+fear\s+of\s+accumulating\s+more\s+take-or-pay/,
    says: /take-or-pay/,
  },
  {
    question: 'spot gas price brooklyn union paid in may',
    story: 'reuters-18917',
    holds: /paid\s+about\s+two\s+dlrs\s+per\s+mln/,
    says: /two\s+dlrs/,
  },
  // McLean's bankrupt U.S. Lines sells its shipping services.
  {
    question: 'how much is sea-land paying for the us lines ships',
    story: 'reuters-10582',
    holds: /Sea-Land\s+has\s+tentatively\s+agreed\s+to\s+pay/,
    says: /125\s+mln/,
  },
  {
    question: 'who gets us lines south america service',
    story: 'reuters-10582',
    holds: /transfer\s+its\s+South\s+American\s+Service/,
    says: /Crowley|American\s+Transport\s+Lines/,
  },
  {
    question: 'since when has us lines been in chapter 11',
    story: 'reuters-10582',
    holds: /operating\s+under\s+protection\s+of\s+Chapter/,
    says: /last\s+November/,
  },
  // The world condemns North Korea's latest nuclear test.
  {
    question: 'what did obama call the north korean test',
    story: 'wash-post_2016-09-10_outrage-but-few-options-on-the-t',
    holds: /provocative\s+and\s+destabilizing/,
    says: /provocative\s+and\s+destabilizing/,
  },
  {
    question: 'who runs the arms control association',
    story: 'wash-post_2016-09-10_outrage-but-few-options-on-the-t',
    holds: /Daryl\s+Kimball,\s+executive\s+director/,
    says: /Daryl\s+Kimball/,
  },
  {
    question: 'when did n korea walk away from denuclearization talks',
    story: 'wash-post_2016-09-10_outrage-but-few-options-on-the-t',
    holds: /denuclearization\s+talks\s+it\s+abandoned\s+in\s+2009/,
    says: /2009/,
  },
  {
    question: 'frances foreign minister',
    story: 'wash-post_2016-09-10_outrage-but-few-options-on-the-t',
    holds: /Jean-Marc\s+Ayrault,\s+the\s+foreign\s+minister/,
    says: /Jean-Marc\s+Ayrault/,
  },
  // Jill Stein is led away from the first debate's site.
  {
    question: 'where was jill stein escorted out of',
    story: 'breitbart_2016-09-26_green-party-candidate-jill-stein',
    holds: /escorted\s+off\s+the\s+premises\s+of\s+Hofstra/,
    says: /Hofstra/,
  },
  {
    question: 'why cant stein be in the debate',
    story: 'breitbart_2016-09-26_green-party-candidate-jill-stein',
    holds: /15\s+percent\s+polling\s+threshold/,
    says: /15\s+percent/,
  },
  {
    question: 'steins spokeswoman',
    story: 'breitbart_2016-09-26_green-party-candidate-jill-stein',
    holds: /spokeswoman\s+Melezia\s+Figueroa/,
    says: /Melezia\s+Figueroa/,
  },
  {
    question: 'what happened to stein at the 2012 debate',
    story: 'breitbart_2016-09-26_green-party-candidate-jill-stein',
    holds: /In\s+2012,\s+again\s+the\s+Green\s+Party\s+nominee/,
    says: /arrested/,
  },
  // A British bank closes the accounts of Russia's RT.
  {
    question: 'which bank is closing rts accounts',
    story: 'nyt_2016-10-17_british-bank-abruptly-drops-russ',
    holds: /letter\s+from\s+the\s+bank,\s+NatWest|NatWest's\s+decision/,
    says: /NatWest/,
  },
  {
    question: 'when does natwest stop serving rt',
    story: 'nyt_2016-10-17_british-bank-abruptly-drops-russ',
    holds: /stop\s+serving\s+RT\s+on\s+Dec\.\s+12/,
    says: /Dec\.\s+12/,
  },
  {
    question: 'whos rts editor in chief',
    story: 'nyt_2016-10-17_british-bank-abruptly-drops-russ',
    holds: /Margarita\s+Simonyan,\s+the\s+editor\s+in\s+chief/,
    says: /Margarita\s+Simonyan/,
  },
  {
    question: 'how many uk viewers did rt get in the brexit week',
    story: 'nyt_2016-10-17_british-bank-abruptly-drops-russ',
    holds: /network\s+had\s+926,000\s+viewers/,
    says: /926,000/,
  },
];

/**
 * The fifteenth group: 48 questions over 12 other Reuters stories and 12 over 3 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked.
 */
const HELD_OUT_FIFTEENTH: Typed[] = [
  // Southern Co takes a charge as the cost of the Vogtle nuclear plant rises.
  {
    question: 'how big is southern cos vogtle charge',
    story: 'reuters-03062',
    holds: /after-tax\s+charge\s+of\s+226\s+mln/,
    says: /226\s+mln/,
  },
  {
    question: 'vogtle unit 2 new completion date',
    story: 'reuters-03062',
    holds: /completion\s+of\s+Vogtle's\s+Unit\s+Two/,
    says: /June\s+1989/,
  },
  {
    question: 'where is the vogtle plant',
    story: 'reuters-03062',
    holds: /located\s+near\s+Waynesboro/,
    says: /Waynesboro/,
  },
  {
    question: 'who co-owns vogtle',
    story: 'reuters-03062',
    holds: /co-owned\s+by\s+<Oglethorpe\s+Power/,
    says: /Oglethorpe\s+Power/,
  },
  // A government banker on the board of San Miguel.
  {
    question: 'who did the govt put on the san miguel board',
    story: 'reuters-00316',
    holds: /president\s+Ramon\s+Sy\s+to\s+the\s+board/,
    says: /Ramon\s+Sy/,
  },
  {
    question: 'how many smc board seats does the pcgg have',
    story: 'reuters-00316',
    holds: /holds\s+six\s+seats\s+on\s+the\s+15-member/,
    says: /six/,
  },
  {
    question: 'san miguel net income 1985',
    story: 'reuters-00316',
    holds: /net\s+income\s+of\s+448\.8\s+mln\s+pesos/,
    says: /448\.8\s+mln/,
  },
  {
    question: 'what did ongpin say about conflict of interest',
    story: 'reuters-00316',
    holds: /don't\s+think\s+there\s+is\s+a\s+conflict/,
    says: /don't\s+think\s+there\s+is\s+a\s+conflict/,
  },
  // Taiwan's central bank will not hold the Taiwan dollar for textile makers.
  {
    question: 'whos taiwans central bank governor',
    story: 'reuters-00891',
    holds: /Central\s+bank\s+governor\s+Chang\s+Chi-cheng/,
    says: /Chang\s+Chi-cheng/,
  },
  {
    question: 'what rate did the textile firms want the taiwan dollar fixed at',
    story: 'reuters-00891',
    holds: /fix\s+the\s+Taiwan\s+dollar\s+exchange\s+rate\s+at\s+35/,
    says: /\b35\b/,
  },
  {
    question: 'taiwan trade surplus w the us 1986',
    story: 'reuters-00891',
    holds: /surplus\s+widened\s+to\s+a\s+record\s+13\.6/,
    says: /13\.6\s+billion/,
  },
  {
    question: 'hw much has the taiwan dollar gained since sept 1985',
    story: 'reuters-00891',
    holds: /Taiwan\s+dollar\s+has\s+risen\s+almost\s+14\s+pct/,
    says: /14\s+pct/,
  },
  // Firestone closes three tire plants after a union vote.
  {
    question: 'which firestone plants r closing',
    story: 'reuters-01133',
    holds: /will\s+close\s+its\s+Des\s+Moines/,
    says: /Des\s+Moines/,
  },
  {
    question: 'when will firestone shut the tire plants',
    story: 'reuters-01133',
    holds: /tire\s+plants\s+on\s+or\s+before\s+September\s+15/,
    says: /September\s+15/,
  },
  {
    question: 'firestone restructuring charge',
    story: 'reuters-01133',
    holds: /65\s+mln\s+dlrs\s+restructuring\s+charge/,
    says: /65\s+mln/,
  },
  {
    question: 'why couldnt firestone keep des moines and bloomington open',
    story: 'reuters-01133',
    holds: /rejection\s+of\s+the\s+Oklahoma\s+City\s+package/,
    says: /rejection\s+of\s+the\s+Oklahoma\s+City\s+package|limited\s+sales\s+and\s+profit/,
  },
  // USAir agrees to buy Piedmont Aviation.
  {
    question: 'how much is usair paying a piedmont share',
    story: 'reuters-03013',
    holds: /agreed\s+to\s+be\s+acquired\s+for\s+69\s+dlrs/,
    says: /69\s+dlrs/,
  },
  {
    question: 'when does the piedmont tender run out',
    story: 'reuters-03013',
    holds: /withdrawal\s+rights\s+are\s+to\s+expire\s+April\s+Three/,
    says: /April\s+Three/,
  },
  {
    question: 'twa bid for usair',
    story: 'reuters-03013',
    holds: /acquire\s+USAir\s+for\s+52\s+dlrs/,
    says: /52\s+dlrs/,
  },
  {
    question: 'who controls twa',
    story: 'reuters-03013',
    holds: /Icahn-controlled\s+Trans\s+World\s+Airlines/,
    says: /Carl\s+C\.\s+Icahn|Icahn/,
  },
  // Cocoa consumers move toward one stance on buffer stock rules at the ICCO.
  {
    question: 'how many countries are in the icco',
    story: 'reuters-05382',
    holds: /ICCO\s+comprises\s+33\s+member/,
    says: /33/,
  },
  {
    question: 'which ec country sided w the producers in january',
    story: 'reuters-05382',
    holds: /France\s+sided\s+with\s+producers/,
    says: /France/,
  },
  {
    question: 'where did the ec commission meet friday',
    story: 'reuters-05382',
    holds: /EC\s+Commission\s+met\s+in\s+Brussels/,
    says: /Brussels/,
  },
  {
    question: 'which cocoa producer isnt an icco member',
    story: 'reuters-05382',
    holds: /Malaysia,\s+an\s+increasingly\s+important\s+producer/,
    says: /Malaysia/,
  },
  // Bank of Boston's first-quarter outlook and its Brazil exposure.
  {
    question: 'bank of boston q1 earnings forecast',
    story: 'reuters-09940',
    holds: /earnings\s+will\s+range\s+between\s+90\s+cts/,
    says: /90\s+cts\s+and\s+one\s+dlr/,
  },
  {
    question: 'whos bank of bostons chairman',
    story: 'reuters-09940',
    holds: /Chairman\s+William\s+Brown/,
    says: /William\s+Brown/,
  },
  {
    question: 'what did bank of boston earn in 1986',
    story: 'reuters-09940',
    holds: /In\s+1986,\s+the\s+bank\s+earned/,
    says: /232\.8\s+mln|3\.69\s+dlrs/,
  },
  {
    question: 'why are bank of bostons ecuador loans in trouble',
    story: 'reuters-09940',
    holds: /recovers\s+from\s+an\s+earthquake/,
    says: /earthquake/,
  },
  // Denmark's prime minister on Standard and Poor's downgrade.
  {
    question: 'what did s&p cut denmarks rating to',
    story: 'reuters-05929',
    holds: /lowered\s+the\s+rating\s+on\s+Danish/,
    says: /\bAA(?![-\w])/,
  },
  {
    question: 'what did schlueter say about the downgrade',
    story: 'reuters-05929',
    holds: /regrettable\s+that\s+they\s+have\s+taken\s+a\s+plus/,
    says: /regrettable/,
  },
  {
    question: 'danish central bank governor',
    story: 'reuters-05929',
    holds: /central\s+bank\s+governor\s+Erik\s+Hoffmeyer/,
    says: /Erik\s+Hoffmeyer/,
  },
  {
    question: 'what pct did the danish central bank cut the overnight rate to',
    story: 'reuters-05929',
    holds: /overnight\s+money\s+market\s+lending\s+rate\s+to\s+10\.5/,
    says: /10\.5\s+pct/,
  },
  // Haughey would ask the EC Commission's advice on Ireland's debt.
  {
    question: 'how many seats did fianna fail win',
    story: 'reuters-02364',
    holds: /Fianna\s+Fail\s+won\s+81/,
    says: /81/,
  },
  {
    question: 'how big is irelands foreign debt',
    story: 'reuters-02364',
    holds: /24\s+billion\s+punt\s+foreign\s+debt/,
    says: /24\s+billion/,
  },
  {
    question: 'who offered haughey ec help with the debt',
    story: 'reuters-02364',
    holds: /made\s+to\s+him\s+today\s+by\s+Commission\s+president/,
    says: /Jacques\s+Delors/,
  },
  {
    question: 'when was the irish election',
    story: 'reuters-02364',
    holds: /seats\s+in\s+the\s+February\s+17/,
    says: /February\s+17/,
  },
  // Saudi Arabia stands by the December OPEC accord.
  {
    question: 'saudi oil minister',
    story: 'reuters-00248',
    holds: /Oil\s+Minister\s+Hisham\s+Nazer/,
    says: /Hisham\s+Nazer/,
  },
  {
    question: 'where was lukman speaking',
    story: 'reuters-00248',
    holds: /In\s+Jamaica,\s+OPEC\s+President/,
    says: /Jamaica/,
  },
  {
    question: 'why does nazer think spot prices are slipping',
    story: 'reuters-00248',
    holds: /end\s+of\s+the\s+\(northern\s+hemisphere\)/,
    says: /end\s+of\s+the\s+\(northern\s+hemisphere\)\s+winter|winter\s+season|glut/,
  },
  {
    question: 'whos opec president',
    story: 'reuters-00248',
    holds: /OPEC\s+President\s+Rilwanu\s+Lukman/,
    says: /Rilwanu\s+Lukman/,
  },
  // Snow melt around Chernobyl and floods in the Ukraine.
  {
    question: 'when did chernobyl blow up',
    story: 'reuters-05262',
    holds: /explosion\s+and\s+fire\s+at\s+Chernobyl\s+last\s+April\s+26/,
    says: /April\s+26/,
  },
  {
    question: 'which river runs by the chernobyl plant',
    story: 'reuters-05262',
    holds: /river\s+Pripyat,\s+which\s+flows/,
    says: /Pripyat/,
  },
  {
    question: 'who is konstantin sytnik',
    story: 'reuters-05262',
    holds: /Sytnik,\s+vice-president\s+of\s+the\s+Ukrainian/,
    says: /vice-president\s+of\s+the\s+Ukrainian\s+Academy/,
  },
  {
    question: 'hw many people could be evacuated in the donbass',
    story: 'reuters-05262',
    holds: /evacuation\s+of\s+about\s+112,000/,
    says: /112,000/,
  },
  // Hutchison Whampoa's results and the Cavendish spin-off.
  {
    question: 'who chairs hutchison whampoa',
    story: 'reuters-00356',
    holds: /chairman\s+Li\s+Ka-shing/,
    says: /Li\s+Ka-shing/,
  },
  {
    question: 'hutchison 1986 profit after tax',
    story: 'reuters-00356',
    holds: /after-tax\s+profits\s+of\s+1\.62\s+billion/,
    says: /1\.62\s+billion/,
  },
  {
    question: 'what stake in hongkong electric is hutchison selling',
    story: 'reuters-00356',
    holds: /entire\s+23\.5\s+pct\s+interest/,
    says: /23\.5\s+pct/,
  },
  {
    question: 'why spin off cavendish',
    story: 'reuters-00356',
    holds: /relieve\s+Hongkong\s+Electric\s+of\s+public\s+criticism/,
    says: /public\s+criticism/,
  },
  // E.U. leaders meet in Bratislava on a Europe without Britain.
  {
    question: 'where did the eu leaders meet',
    story: 'wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea',
    holds: /held\s+in\s+Bratislava,\s+Slovakia/,
    says: /Bratislava/,
  },
  {
    question: 'what did renzi say the summit got done',
    story: 'wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea',
    holds: /summit\s+accomplished\s+"too\s+little,"/,
    says: /too\s+little/,
  },
  {
    question: 'when is the eu reform plan due',
    story: 'wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea',
    holds: /put\s+together\s+a\s+reform\s+plan\s+by\s+March/,
    says: /March/,
  },
  {
    question: 'how many nato countries spend over 2 percent of gdp on defense',
    story: 'wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea',
    holds: /Only\s+five\s+countries\s+in\s+NATO\s+spend/,
    says: /five/,
  },
  // Obama dedicates the National Museum of African American History and Culture.
  {
    question: 'who is the director of the african american museum',
    story: 'nyt_2016-09-25_obama-says-african-american-muse',
    holds: /museum's\s+director,\s+Lonnie\s+Bunch/,
    says: /Lonnie\s+Bunch/,
  },
  {
    question: 'how did obama open the museum',
    story: 'nyt_2016-09-25_obama-says-african-american-muse',
    holds: /opened\s+the\s+museum\s+by\s+ringing/,
    says: /ringing\s+a\s+large\s+bell/,
  },
  {
    question: 'what song did patti labelle sing',
    story: 'nyt_2016-09-25_obama-says-african-american-muse',
    holds: /rendition\s+of\s+the\s+civil\s+rights\s+anthem/,
    says: /A\s+Change\s+Is\s+Gonna\s+Come/,
  },
  {
    question: 'what did stevie wonder joke about the museum',
    story: 'nyt_2016-09-25_obama-says-african-american-muse',
    holds: /Stevie\s+Wonder,\s+who\s+joked/,
    says: /haven't\s+seen\s+it\s+yet/,
  },
  // What Mexico could do against a hostile Trump administration.
  {
    question: 'mexicos economy secretary',
    story: 'nyt_2016-09-28_what-mexico-could-do-when-up-aga',
    holds: /Guajardo\s+Villarreal,\s+the\s+Mexican\s+secretary\s+of\s+the\s+economy/,
    says: /Ildefonso\s+Guajardo\s+Villarreal/,
  },
  {
    question: 'when did the first mexican truck cross into the us',
    story: 'nyt_2016-09-28_what-mexico-could-do-when-up-aga',
    holds: /first\s+Mexican\s+truck\s+rumbled\s+across/,
    says: /Oct\.\s+21/,
  },
  {
    question: 'what would a mexican made ford fusion cost with trumps tariff',
    story: 'nyt_2016-09-28_what-mexico-could-do-when-up-aga',
    holds: /2017\s+Ford\s+Fusion,\s+made\s+in\s+Hermosillo/,
    says: /\$30,253/,
  },
  {
    question: 'what pct of mexican jobs depend on trade',
    story: 'nyt_2016-09-28_what-mexico-could-do-when-up-aga',
    holds: /35\s+percent\s+of\s+Mexican\s+jobs/,
    says: /35\s+percent/,
  },
];

/**
 * The sixteenth group: 48 questions over 12 other Reuters stories and 12 over 3 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked.
 */
const HELD_OUT_SIXTEENTH: Typed[] = [
  // AEGON's 1986 results and the Monumental goodwill write-off.
  {
    question: 'aegon 1986 net profit',
    story: 'reuters-15451',
    holds: /6\.4\s+pct\s+increase\s+in\s+1986\s+net\s+profits/,
    says: /327\.1\s+mln\s+guilders/,
  },
  {
    question: 'how much goodwill did aegon write off for monumental',
    story: 'reuters-15451',
    holds: /written-off\s+657\s+mln/,
    says: /657\s+mln\s+guilders/,
  },
  {
    question: 'which us insurer merged w aegon in may 86',
    story: 'reuters-15451',
    holds: /merged\s+with\s+AEGON\s+in\s+May\s+1986/,
    says: /Monumental\s+Corp/,
  },
  {
    question: 'why were aegon revenues down',
    story: 'reuters-15451',
    holds: /revenues\s+were\s+down\s+due\s+to/,
    says: /lower\s+foreign\s+exchange\s+rates/,
  },
  // Hughes Tool holders approve the merger with Baker International.
  {
    question: "what pct of hughes holders ok'd the baker merger",
    story: 'reuters-03984',
    holds: /85\s+pct\s+of\s+Hughes'\s+shareholders/,
    says: /85\s+pct/,
  },
  {
    question: 'whos hughes tool chairman',
    story: 'reuters-03984',
    holds: /Hughes\s+chairman\s+William\s+Kistler/,
    says: /William\s+Kistler/,
  },
  {
    question: 'how long do they get to sell the reed bit business now',
    story: 'reuters-03984',
    holds: /give\s+the\s+companies\s+six\s+months/,
    says: /six\s+months/,
  },
  {
    question: 'what will the merged hughes baker co be called',
    story: 'reuters-03984',
    holds: /the\s+name\s+the\s+merged\s+company\s+will\s+take/,
    says: /Baker-Hughes\s+Inc/,
  },
  // The Bank of Spain raises the banks' reserve requirement.
  {
    question: 'spain reserve requirement raised to what',
    story: 'reuters-02064',
    holds: /raised\s+the\s+requirement\s+by\s+one\s+percentage\s+point/,
    says: /19\s+pct/,
  },
  {
    question: 'when does the new reserve ratio start',
    story: 'reuters-02064',
    holds: /raised\s+the\s+requirement\s+by\s+one\s+percentage\s+point/,
    says: /March\s+13/,
  },
  {
    question: 'spanish inflation last yr',
    story: 'reuters-02064',
    holds: /At\s+8\.3\s+pct\s+last\s+year/,
    says: /8\.3\s+pct/,
  },
  {
    question: 'whos the spanish pm',
    story: 'reuters-02064',
    holds: /Prime\s+Minister\s+Felipe\s+Gonzalez/,
    says: /Felipe\s+Gonzalez/,
  },
  // Japanese investigators blame Boeing's repairs for the 1985 Japan Air Lines crash.
  {
    question: 'how many died in the jal 747 crash',
    story: 'reuters-13249',
    holds: /killing\s+520\s+people/,
    says: /520/,
  },
  {
    question: 'where was the 1978 landing accident',
    story: 'reuters-13249',
    holds: /landing\s+accident\s+at\s+Osaka\s+airport/,
    says: /Osaka\s+airport/,
  },
  {
    question: 'what caused the crash acording to the japanese team',
    story: 'reuters-13249',
    holds: /faulty\s+repairs\s+by\s+Boeing\s+Co\s+caused/,
    says: /faulty\s+repairs/,
  },
  {
    question: 'what did the investigator say about the four inspectors',
    story: 'reuters-13249',
    holds: /None\s+of\s+the\s+four\s+had\s+looked/,
    says: /None\s+of\s+the\s+four\s+had\s+looked\s+at\s+Boeing's\s+repair\s+work/,
  },
  // Nakasone would stay in office until his tax reform passes.
  {
    question: 'how many seats does the ldp have in the lower house',
    story: 'reuters-03670',
    holds: /LDP\s+now\s+has\s+304\s+seats/,
    says: /304/,
  },
  {
    question: 'sales tax rate nakasone wants',
    story: 'reuters-03670',
    holds: /five\s+pct\s+value\s+added\s+sales\s+tax/,
    says: /five\s+pct/,
  },
  {
    question: 'when does nakasones term end',
    story: 'reuters-03670',
    holds: /end\s+of\s+his\s+term\s+in\s+October/,
    says: /October/,
  },
  {
    question: 'which summit would nakasone go to in june',
    story: 'reuters-03670',
    holds: /attend\s+the\s+Venice\s+summit/,
    says: /Venice/,
  },
  // Striking Steelworkers reject a contract with Cominco.
  {
    question: 'which company are the steelworkers striking',
    story: 'reuters-17480',
    holds: /on\s+strike\s+at\s+Cominco\s+Ltd/,
    says: /Cominco/,
  },
  {
    question: 'pct against the cominco contract',
    story: 'reuters-17480',
    holds: /1,229,\s+or\s+54\.5\s+pct,\s+against/,
    says: /54\.5\s+pct/,
  },
  {
    question: 'when did the cominco strike start',
    story: 'reuters-17480',
    holds: /went\s+on\s+strike\s+May\s+9/,
    says: /May\s+9/,
  },
  {
    question: 'hw much zinc did the trail smelter make last yr',
    story: 'reuters-17480',
    holds: /240,000\s+long\s+tons\s+of\s+zinc/,
    says: /240,000\s+long\s+tons/,
  },
  // Peru freezes its silver sales.
  {
    question: 'who is perus president',
    story: 'reuters-17187',
    holds: /President\s+Alan\s+Garcia\s+said/,
    says: /Alan\s+Garcia/,
  },
  {
    question: 'biggest silver producer in the world',
    story: 'reuters-17187',
    holds: /Mexico\s+is\s+the\s+world's\s+biggest\s+producer\s+of\s+silver/,
    says: /Mexico/,
  },
  {
    question: 'what did garcia say rich countries could do',
    story: 'reuters-17187',
    holds: /make\s+fictitious\s+sales/,
    says: /fictitious\s+sales/,
  },
  {
    question: 'avg price peru got for refined silver last yr',
    story: 'reuters-17187',
    holds: /average\s+price\s+of\s+5\.40\s+dlrs/,
    says: /5\.40\s+dlrs/,
  },
  // Iran's Karbala-7 offensive in Iraqi Kurdistan.
  {
    question: 'name of irans new offensive',
    story: 'reuters-01938',
    holds: /codenamed\s+Karbala-7/,
    says: /Karbala-7/,
  },
  {
    question: 'where did iran launch karbala 7',
    story: 'reuters-01938',
    holds: /Haj\s+Omran\s+border\s+area/,
    says: /Haj\s+Omran/,
  },
  {
    question: 'how many pows did iran take',
    story: 'reuters-01938',
    holds: /208\s+prisoners\s+of\s+war/,
    says: /208/,
  },
  {
    question: 'which iraqi brigade got shattered',
    story: 'reuters-01938',
    holds: /Iraqi\s+Brigade\s+604\s+was\s+shattered/,
    says: /Brigade\s+604/,
  },
  // Japan's farm ministry against U.S. demands to open its farm market.
  {
    question: 'who is japans agriculture minister',
    story: 'reuters-14858',
    holds: /Agriculture\s+Minister\s+Mutsuki\s+Kato/,
    says: /Mutsuki\s+Kato/,
  },
  {
    question: 'when is lyng visiting japan',
    story: 'reuters-14858',
    holds: /visit\s+Japan\s+for\s+talks\s+between\s+April\s+16-27/,
    says: /April\s+16-27/,
  },
  {
    question: 'biggest beef supplier to japan',
    story: 'reuters-14858',
    holds: /Australia,\s+the\s+largest\s+beef\s+supplier/,
    says: /Australia/,
  },
  {
    question: 'what did the ministry official say about us farm imports',
    story: 'reuters-14858',
    holds: /Imports\s+from\s+the\s+U\.S\.\s+Would\s+drop/,
    says: /Would\s+drop/,
  },
  // FMC's insider trading case against Boesky is dismissed.
  {
    question: "who threw out fmc's case vs boesky",
    story: 'reuters-16596',
    holds: /Federal\s+Judge\s+Ann\s+C\.\s+Williams/,
    says: /Ann\s+C\.\s+Williams/,
  },
  {
    question: 'how much was fmc suing boesky for',
    story: 'reuters-16596',
    holds: /FMC\s+Corp's\s+225\s+mln\s+dlr/,
    says: /225\s+mln\s+dlr/,
  },
  {
    question: 'boesky profit on fmc shares feb 86',
    story: 'reuters-16596',
    holds: /profit\s+of\s+975,000\s+dlrs/,
    says: /975,000\s+dlrs/,
  },
  {
    question: 'who gave boesky the fmc info',
    story: 'reuters-16596',
    holds: /recapitalization\s+from\s+Dennis\s+Levine/,
    says: /Dennis\s+Levine/,
  },
  // Nippon Mining looks for partners to explore for U.S. oil.
  {
    question: 'whos president of nippon mining',
    story: 'reuters-17419',
    holds: /president\s+Yukio\s+Kasahara/,
    says: /Yukio\s+Kasahara/,
  },
  {
    question: 'how big is the conoco exploration venture',
    story: 'reuters-17419',
    holds: /135\s+mln\s+dlr\s+exploration\s+venture/,
    says: /135\s+mln\s+dlr/,
  },
  {
    question: 'what oil price does kasahara think is ok for exploration',
    story: 'reuters-17419',
    holds: /For\s+exploration\s+I\s+think\s+20\s+dlrs/,
    says: /20\s+dlrs\s+a\s+barrel/,
  },
  {
    question: 'what did kasahara say about retail',
    story: 'reuters-17419',
    holds: /Retail\s+sales\s+in\s+general\s+do\s+not\s+interest/,
    says: /Retail\s+sales\s+in\s+general\s+do\s+not\s+interest\s+the\s+Japanese\s+oil\s+companies/,
  },
  // A fire shuts Noranda's Murdochville copper mine.
  {
    question: 'how many miners were trapped in the murdochville fire',
    story: 'reuters-15166',
    holds: /trapped\s+52\s+other/,
    says: /52/,
  },
  {
    question: 'noranda damage estimate from the fire',
    story: 'reuters-15166',
    holds: /damage\s+from\s+the\s+fire\s+at\s+about\s+10\s+mln/,
    says: /10\s+mln\s+dlrs/,
  },
  {
    question: 'how long till the mine is back to normal',
    story: 'reuters-15166',
    holds: /four\s+to\s+five\s+months\s+to\s+return\s+the\s+mine/,
    says: /four\s+to\s+five\s+months/,
  },
  {
    question: 'whos quebec mines minister',
    story: 'reuters-15166',
    holds: /mines\s+minister\s+Raymond\s+Savoie/,
    says: /Raymond\s+Savoie/,
  },
  // Pence says Gennifer Flowers will not be at the debate.
  {
    question: 'who did the clinton camp invite to the debate',
    story: 'breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-',
    holds: /inviting\s+Trump\s+critic\s+Mark\s+Cuban/,
    says: /Mark\s+Cuban/,
  },
  {
    question: 'which show was pence on',
    story: 'breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-',
    holds: /broadcast\s+of\s+.Fox\s+News\s+Sunday/,
    says: /Fox\s+News\s+Sunday/,
  },
  {
    question: 'will gennifer flowers be at the debate',
    story: 'breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-',
    holds: /Gennifer\s+Flowers\s+will\s+not\s+be\s+attending/,
    says: /will\s+not\s+be\s+attending/,
  },
  {
    question: 'what did pence say about cuban and national security',
    story: 'breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-',
    holds: /Mark\s+Cuban\s+knows\s+as\s+much\s+about\s+national\s+security/,
    says: /knows\s+as\s+much\s+about\s+national\s+security\s+as\s+I\s+do\s+about\s+professional\s+basketball/,
  },
  // Sanders's advice to Clinton for the debates.
  {
    question: 'which show did sanders give clinton advice on',
    story: 'politico_2016-09-16_sanders-clinton-needs-to-get-awa',
    holds: /told\s+MSNBC's\s+"Morning\s+Joe"/,
    says: /Morning\s+Joe/,
  },
  {
    question: 'hw many people lose health care if aca is abolished per sanders',
    story: 'politico_2016-09-16_sanders-clinton-needs-to-get-awa',
    holds: /Affordable\s+Care\s+Act\s+for\s+20\s+million/,
    says: /20\s+million/,
  },
  {
    question: 'what did sanders say about clinton as a candidate',
    story: 'politico_2016-09-16_sanders-clinton-needs-to-get-awa',
    holds: /Clinton\s+is\s+far\s+and\s+away\s+the\s+superior\s+candidate/,
    says: /far\s+and\s+away\s+the\s+superior\s+candidate/,
  },
  {
    question: 'when is the first debate',
    story: 'politico_2016-09-16_sanders-clinton-needs-to-get-awa',
    holds: /first\s+debate\s+in\s+10\s+days/,
    says: /10\s+days/,
  },
  // Republicans rebuke Trump over his 2005 comments about women.
  {
    question: 'when did trump make the groping comments',
    story: 'politico_2016-10-08_which-republicans-want-to-fire-t',
    holds: /private\s+conversation\s+in\s+2005/,
    says: /2005/,
  },
  {
    question: 'who published the trump tape',
    story: 'politico_2016-10-08_which-republicans-want-to-fire-t',
    holds: /before\s+the\s+Washington\s+Post\s+published\s+them/,
    says: /Washington\s+Post/,
  },
  {
    question: 'who do some gop want at the top of the ticket instead',
    story: 'politico_2016-10-08_which-republicans-want-to-fire-t',
    holds: /let\s+his\s+running\s+mate,\s+Indiana\s+Gov\.\s+Mike\s+Pence/,
    says: /Mike\s+Pence/,
  },
  {
    question: 'trump comments caught on what',
    story: 'politico_2016-10-08_which-republicans-want-to-fire-t',
    holds: /caught\s+by\s+a\s+hot\s+microphone/,
    says: /hot\s+microphone/,
  },
];

/**
 * The seventeenth group: 50 questions over 14 other Reuters stories and 12 over 4 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked.
 */
const HELD_OUT_SEVENTEENTH: Typed[] = [
  // UAE oil output falls ten pct in March on resistance to Abu Dhabi's fixed prices.
  {
    question: 'uae oil output march bpd',
    story: 'reuters-13236',
    holds: /dropped\s+ten\s+pct\s+in\s+March\s+from\s+February/,
    says: /1\.05\s+mln\s+barrels/,
  },
  {
    question: 'uae opec quota',
    story: 'reuters-13236',
    holds: /UAE\s+quota\s+assigned\s+by/,
    says: /902,000\s+bpd/,
  },
  {
    question: 'what was umm shaif going for on the spot market',
    story: 'reuters-13236',
    holds: /Umm\s+Shaif\s+crude\s+on\s+the\s+spot\s+market/,
    says: /17\.50\s+dlrs/,
  },
  {
    question: 'why do japanese buyers keep lifting murban',
    story: 'reuters-13236',
    holds: /Japanese\s+term\s+buyers\s+saw\s+strategic\s+benefit/,
    says: /strategic\s+benefit/,
  },
  // K Mart's record 1986 earnings, a "major turning point".
  {
    question: 'kmart 1986 net',
    story: 'reuters-04223',
    holds: /record\s+fiscal\s+1986\s+net\s+earnings/,
    says: /582\.3\s+mln\s+dlrs/,
  },
  {
    question: 'whos the chairman of k mart',
    story: 'reuters-04223',
    holds: /K\s+Mart\s+Chairman\s+Bernard\s+Fauber\s+said/,
    says: /Bernard\s+Fauber/,
  },
  {
    question: 'k mart tax rate in 86',
    story: 'reuters-04223',
    holds: /effective\s+tax\s+rate\s+rose\s+in\s+1986/,
    says: /44\.6\s+pct/,
  },
  {
    question: 'what did fauber say about kmarts 1986 performance',
    story: 'reuters-04223',
    holds: /Our\s+performance\s+in\s+1986\s+marks/,
    says: /major\s+turning\s+point/,
  },
  // Analysts see Dart Group after Supermarkets General.
  {
    question: 'which supermarket company is dart said to be after',
    story: 'reuters-03242',
    holds: /is\s+likely\s+seeking\s+to\s+buy\s+Supermarkets\s+General/,
    says: /Supermarkets\s+General/,
  },
  {
    question: 'who owns crown books',
    story: 'reuters-03242',
    holds: /Dart\s+Group,\s+owner\s+of\s+Auto\s+Trak/,
    says: /Dart\s+Group/,
  },
  {
    question: 'supermarkets general first qtr eps estimate',
    story: 'reuters-03242',
    holds: /For\s+the\s+first\s+quarter,\s+Comeau\s+predicts/,
    says: /39\s+cts\s+a\s+share/,
  },
  {
    question: 'what kind of business is rickels',
    story: 'reuters-03242',
    holds: /Rickels,\s+a\s+home\s+center\s+business/,
    says: /home\s+center\s+business/,
  },
  // Thai banks weigh another interest rate cut to fight excess liquidity.
  {
    question: 'thai 1 yr deposit rate',
    story: 'reuters-06352',
    holds: /current\s+gross\s+7\.25\s+pct\s+interest\s+rate/,
    says: /7\.25\s+pct/,
  },
  {
    question: 'how much surplus money are thai banks sitting on',
    story: 'reuters-06352',
    holds: /saddled\s+with\s+about\s+40\s+to\s+50\s+billion\s+baht/,
    says: /40\s+to\s+50\s+billion\s+baht/,
  },
  {
    question: 'set index high on monday',
    story: 'reuters-06352',
    holds: /seven-year\s+high\s+of\s+223\.02/,
    says: /223\.02/,
  },
  // Taiwan and the U.S. revise and extend their textile accord.
  {
    question: 'taiwan us textile accord extended till when',
    story: 'reuters-17074',
    holds: /extended\s+by\s+one\s+year\s+to\s+the\s+end\s+of\s+1989/,
    says: /end\s+of\s+1989/,
  },
  {
    question: 'new cap on taiwan textile export growth for 1989',
    story: 'reuters-17074',
    holds: /raise\s+the\s+limit\s+on\s+annual\s+growth/,
    says: /one\s+pct/,
  },
  {
    question: 'how much has the taiwan dollar gained on the us dollar',
    story: 'reuters-17074',
    holds: /Taiwan\s+currency\s+has\s+risen\s+17\s+pct/,
    says: /17\s+pct/,
  },
  {
    question: 'taiwan textile exports to the us last yr',
    story: 'reuters-17074',
    holds: /textile\s+exports\s+to\s+the\s+U\.S\.\s+Amounted\s+to/,
    says: /2\.8\s+billion/,
  },
  // Costa Rica sees hope for changing the ICO export quota system.
  {
    question: 'who heads the costa rican coffee institute',
    story: 'reuters-02553',
    holds: /Minister\s+Luis\s+Diego\s+Escalante,\s+who\s+serves/,
    says: /Luis\s+Diego\s+Escalante/,
  },
  {
    question: 'what did escalante say about the ico quota system',
    story: 'reuters-02553',
    holds: /current\s+ICO\s+quota\s+system\s+is/,
    says: /unfair\s+and\s+autocratic/,
  },
  {
    question: 'why did coffee prices nosedive last week acording to costa rica',
    story: 'reuters-02553',
    holds: /attributed\s+the\s+nosedive/,
    says: /speculation/,
  },
  // St. Joe Gold to develop its Golden Patricia mine in Ontario.
  {
    question: 'where is the golden patricia property',
    story: 'reuters-03646',
    holds: /development\s+of\s+its\s+Golden\s+Patricia\s+gold\s+property/,
    says: /northwestern\s+Ontario/,
  },
  {
    question: 'golden patricia yearly gold output',
    story: 'reuters-03646',
    holds: /annual\s+rate\s+of\s+about\s+40,000\s+troy\s+ounces/,
    says: /40,000\s+troy\s+ounces/,
  },
  {
    question: 'hw much gold does golden patricia hold',
    story: 'reuters-03646',
    holds: /estimated\s+to\s+contain\s+over\s+500,000\s+troy\s+ounces/,
    says: /500,000\s+troy\s+ounces/,
  },
  // Capital inflows lift Mexico's reserves to about eight billion dlrs.
  {
    question: 'mexico reserves now',
    story: 'reuters-07937',
    holds: /boosted\s+Mexico's\s+reserves\s+to\s+about\s+eight\s+billion/,
    says: /eight\s+billion\s+dlrs/,
  },
  {
    question: 'whos mexicos director of public credit',
    story: 'reuters-07937',
    holds: /director\s+of\s+public\s+credit\s+Angel\s+Gurria/,
    says: /Angel\s+Gurria/,
  },
  {
    question: 'mexican finance minister',
    story: 'reuters-07937',
    holds: /Finance\s+minister\s+Gustavo\s+Petricioli\s+said/,
    says: /Gustavo\s+Petricioli/,
  },
  {
    question: 'how many paris club bilateral deals has mexico done',
    story: 'reuters-07937',
    holds: /concluded\s+eight\s+bilateral\s+accords/,
    says: /eight/,
  },
  // Japan's unemployment rises to a record in January.
  {
    question: 'japan jobless rate january',
    story: 'reuters-00867',
    holds: /rate\s+rose\s+to\s+a\s+record\s+3\.0\s+pct\s+in\s+January/,
    says: /3\.0\s+pct/,
  },
  {
    question: 'hw many people unemployed in japan in jan',
    story: 'reuters-00867',
    holds: /Unadjusted\s+January\s+unemployment\s+totalled/,
    says: /1\.82\s+mln/,
  },
  {
    question: 'why did japans unemployment hit a record',
    story: 'reuters-00867',
    holds: /mainly\s+stemmed\s+from\s+loss\s+of\s+jobs/,
    says: /loss\s+of\s+jobs\s+in\s+manufacturing/,
  },
  // A winter storm brings snow, blizzards and floods to the U.S. Plains.
  {
    question: 'where is the winter storm centred',
    story: 'reuters-08705',
    holds: /storm\s+centered\s+over\s+north\s+central\s+Oklahoma/,
    says: /north\s+central\s+Oklahoma/,
  },
  {
    question: 'how strong are the winds on the plains',
    story: 'reuters-08705',
    holds: /Strong\s+winds\s+of\s+20\s+to\s+35\s+mph/,
    says: /20\s+to\s+35\s+mph/,
  },
  {
    question: 'where is the blizzard warning',
    story: 'reuters-08705',
    holds: /blizzard\s+warning\s+continued/,
    says: /western\s+Kansas/,
  },
  // Hungary raises food and consumer prices to curb its budget deficit.
  {
    question: 'how much are meat prices going up in hungary',
    story: 'reuters-16103',
    holds: /price\s+of\s+meat\s+will\s+rise/,
    says: /18\s+pct/,
  },
  {
    question: 'hungary budget deficit 1986',
    story: 'reuters-16103',
    holds: /budget\s+deficit\s+tripled\s+in\s+1986/,
    says: /47\s+billion\s+forints/,
  },
  {
    question: 'whos hungarys central banker',
    story: 'reuters-16103',
    holds: /Central\s+banker\s+Janos\s+Fekete/,
    says: /Janos\s+Fekete/,
  },
  {
    question: 'when does hungary bring in vat',
    story: 'reuters-16103',
    holds: /Western-style\s+valued\s+added\s+tax/,
    says: /January\s+1988/,
  },
  // Zambia makes small price cuts as troops patrol the Copperbelt.
  {
    question: 'how big are zambias price cuts',
    story: 'reuters-17509',
    holds: /ranged\s+up\s+to\s+10\s+pct/,
    says: /10\s+pct/,
  },
  {
    question: 'kwacha fixed rate after revaluation',
    story: 'reuters-17509',
    holds: /revaluation\s+of\s+the\s+kwacha/,
    says: /eight\s+per\s+dlr/,
  },
  {
    question: 'how many were killed in the copperbelt food riots',
    story: 'reuters-17509',
    holds: /Fifteen\s+people\s+were\s+killed/,
    says: /Fifteen/,
  },
  // Redstone's National Amusements wins Viacom.
  {
    question: 'how much is the viacom takeover worth',
    story: 'reuters-01808',
    holds: /3\.4\s+billion\s+dlr\s+acquisition\s+of\s+Viacom/,
    says: /3\.4\s+billion\s+dlr/,
  },
  {
    question: 'how old is sumner redstone',
    story: 'reuters-01808',
    holds: /Redstone,\s+63,\s+catapulted/,
    says: /63/,
  },
  {
    question: 'what business is national amusements in',
    story: 'reuters-01808',
    holds: /National\s+is\s+a\s+family\s+business/,
    says: /chain\s+of\s+movie\s+theaters/,
  },
  {
    question: 'what did redstone say about the termination fees',
    story: 'reuters-01808',
    holds: /That\s+will\s+be\s+a\s+company\s+expense/,
    says: /company\s+expense/,
  },
  // EC industry ministers say steel needs a big round of plant closures.
  {
    question: 'how many jobs would the eurofer closure plan cost',
    story: 'reuters-07161',
    holds: /would\s+cost\s+around\s+22,000\s+jobs/,
    says: /22,000\s+jobs/,
  },
  {
    question: 'whos the ec industry commissioner',
    story: 'reuters-07161',
    holds: /Industry\s+Commissioner\s+Karl-Heinz\s+Narjes/,
    says: /Karl-Heinz\s+Narjes/,
  },
  {
    question: 'how much ec steel capacity is excess per narjes',
    story: 'reuters-07161',
    holds: /Narjes\s+told\s+ministers\s+today\s+that\s+30\s+mln/,
    says: /30\s+mln\s+tonnes/,
  },
  {
    question: 'which ec steelmaker is in the black',
    story: 'reuters-07161',
    holds: /British\s+Steel\s+Corporation,\s+benefitting/,
    says: /British\s+Steel\s+Corporation/,
  },
  // Erica Garner rounds on Clinton over a leaked campaign email about her father.
  {
    question: 'what did maya harris say about leaving eric garner out',
    story: 'west-journal_2016-10-27_daughter-of-eric-garner-blasts-c',
    holds: /Garner\s+not\s+included\s+because/,
    says: /not\s+killed\s+by\s+gun\s+violence/,
  },
  {
    question: 'which officer put garner in the chokehold',
    story: 'west-journal_2016-10-27_daughter-of-eric-garner-blasts-c',
    holds: /Officer\s+Daniel\s+Pantaleo\s+applied/,
    says: /Daniel\s+Pantaleo/,
  },
  {
    question: 'when did eric garner die',
    story: 'west-journal_2016-10-27_daughter-of-eric-garner-blasts-c',
    holds: /died\s+on\s+July\s+17,\s+2014/,
    says: /July\s+17,\s+2014/,
  },
  // A Gold Star mother asks Obama why he will not say "Islamic terrorist".
  {
    question: 'which gold star mom asked obama at the cnn town hall',
    story: 'west-journal_2016-09-29_gold-star-mom-corners-obama-on-h',
    holds: /Tina\s+Houchins\s+had\s+a\s+question/,
    says: /Tina\s+Houchins/,
  },
  {
    question: 'what did obama say about the islamic terrorism issue',
    story: 'west-journal_2016-09-29_gold-star-mom-corners-obama-on-h',
    holds: /issue\s+that\s+has\s+been\s+sort\s+of\s+manufactured/,
    says: /manufactured/,
  },
  {
    question: 'who followed up with obama for cnn',
    story: 'west-journal_2016-09-29_gold-star-mom-corners-obama-on-h',
    holds: /Jake\s+Tapper\s+then\s+followed\s+up/,
    says: /Jake\s+Tapper/,
  },
  // Politifact rates Trump's "thousands of shootings" in Chicago true.
  {
    question: 'chicago shooting victims jan 1 to sept 26',
    story: 'breitbart_2016-09-29_politifact-donald-trump-is-right',
    holds: /3,210\s+shooting\s+victims/,
    says: /3,210/,
  },
  {
    question: 'how many shooting incidents did chicago police report',
    story: 'breitbart_2016-09-29_politifact-donald-trump-is-right',
    holds: /2,521\s+shooting\s+incidents/,
    says: /2,521/,
  },
  {
    question: 'how did politifact rate trumps chicago shootings claim',
    story: 'breitbart_2016-09-29_politifact-donald-trump-is-right',
    holds: /Politifact\s+then\s+ruled\s+that/,
    says: /true/,
  },
  // Ava DuVernay's documentary on the 13th Amendment and mass incarceration.
  {
    question: 'whats ava duvernays new documentary called',
    story: 'huff-post_2016-10-07_ava-duvernay-s-th-explores-the-e',
    holds: /DuVernay.s\s+.13th.\s+Explores/,
    says: /13th/,
  },
  {
    question: 'where does 13th debut',
    story: 'huff-post_2016-10-07_ava-duvernay-s-th-explores-the-e',
    holds: /debuts\s+on\s+Netflix/,
    says: /Netflix/,
  },
  {
    question: 'what share of the worlds inmates does the us have',
    story: 'huff-post_2016-10-07_ava-duvernay-s-th-explores-the-e',
    holds: /accounts\s+for\s+25\s+percent\s+of\s+the\s+world/,
    says: /25\s+percent/,
  },
];

/**
 * The eighteenth group: 50 questions over 13 other Reuters stories and 12 over 3 other PolNeAR stories,
 * none used by another group or by any other eval question; committed before it was first asked.
 */
const HELD_OUT_EIGHTEENTH: Typed[] = [
  // Turkey's external debt rises to 31.4 billion dlrs at end-1986.
  {
    question: 'turkey foreign debt end 1986',
    story: 'reuters-07105',
    holds: /external\s+debt\s+rose\s+to\s+the\s+equivalent\s+of\s+31\.4\s+billion/,
    says: /31\.4\s+billion\s+dlrs/,
  },
  {
    question: 'whos turkeys treasury undersecretary',
    story: 'reuters-07105',
    holds: /Treasury\s+Under-secretary\s+Yavuz\s+Canevi/,
    says: /Yavuz\s+Canevi/,
  },
  {
    question: 'hw much of turkeys debt is short term',
    story: 'reuters-07105',
    holds: /short-term\s+component\s+was\s+9\.6\s+billion/,
    says: /9\.6\s+billion\s+dlrs/,
  },
  {
    question: 'what pct did turkish wholesale prices rise in the yr to feb',
    story: 'reuters-07105',
    holds: /rose\s+27\.4\s+pct\s+in\s+the\s+year\s+to\s+February/,
    says: /27\.4\s+pct/,
  },
  // Hong Kong's banking commissioner says the banks have regained their stability.
  {
    question: 'whos the hong kong banking commissioner',
    story: 'reuters-07038',
    holds: /banking\s+commissioner\s+Robert\s+Fell/,
    says: /Robert\s+Fell/,
  },
  {
    question: 'how many licensed banks did hk have end of 86',
    story: 'reuters-07038',
    holds: /there\s+were\s+151\s+licenced\s+banks/,
    says: /151/,
  },
  {
    question: 'what did fell say about fraud in hk banks',
    story: 'reuters-07038',
    holds: /Fraud\s+is\s+no\s+longer\s+a\s+systemic\s+problem/,
    says: /no\s+longer\s+a\s+systemic\s+problem/,
  },
  {
    question: 'how much in assets does a foreign bank need for a hk licence',
    story: 'reuters-07038',
    holds: /must\s+have\s+assets\s+of\s+14\s+billion/,
    says: /14\s+billion/,
  },
  // Citroen expects its new AX to lift profits after six years of losses.
  {
    question: 'who is citroens president',
    story: 'reuters-05172',
    holds: /president\s+Jacques\s+Calvet\s+said/,
    says: /Jacques\s+Calvet/,
  },
  {
    question: 'what pct of french car sales did citroen get in jan and feb',
    story: 'reuters-05172',
    holds: /share\s+of\s+the\s+French\s+new\s+car\s+market\s+to\s+13\.7\s+pct/,
    says: /13\.7\s+pct/,
  },
  {
    question: 'where is the citroen ax made',
    story: 'reuters-05172',
    holds: /built\s+at\s+Citroen's\s+large\s+plant\s+at\s+Aulnay/,
    says: /Aulnay-sous-\s*Bois/,
  },
  {
    question: 'how much did citroen lose in 84',
    story: 'reuters-05172',
    holds: /Citroen\s+lost\s+close\s+to\s+two\s+billion\s+francs\s+in\s+1984/,
    says: /two\s+billion\s+francs/,
  },
  // Hoechst's 1986 pretax profit rises though sales fall with the dollar.
  {
    question: 'how much pretax profit did hoechst make in 86',
    story: 'reuters-09734',
    holds: /World\s+group\s+pretax\s+profit\s+rose\s+to\s+3\.21\s+billion/,
    says: /3\.21\s+billion\s+marks/,
  },
  {
    question: 'when does hoechst announce its dividend',
    story: 'reuters-09734',
    holds: /announce\s+its\s+dividend\s+proposal\s+on\s+April\s+23/,
    says: /April\s+23/,
  },
  {
    question: 'why were hoechst sales lower',
    story: 'reuters-09734',
    holds: /lower\s+sales\s+were\s+due\s+to\s+the\s+fall\s+in\s+the\s+dollar/,
    says: /fall\s+in\s+the\s+dollar/,
  },
  {
    question: 'which us company did hoechst acquire',
    story: 'reuters-09734',
    holds: /in\s+connection\s+with\s+the\s+acquisition\s+of\s+<?Celanese/,
    says: /Celanese/,
  },
  // Sony expects group net income to fall 65 pct in its five-month term.
  {
    question: 'sony net income for the 5 months to end march',
    story: 'reuters-06376',
    holds: /expected\s+to\s+be\s+down\s+65\s+pct/,
    says: /10\s+billion\s+yen/,
  },
  {
    question: 'whos sonys managing director',
    story: 'reuters-06376',
    holds: /managing\s+director\s+Tsunao\s+Hashimoto/,
    says: /Tsunao\s+Hashimoto/,
  },
  {
    question: 'hw many walkmans did sony sell in the quarter',
    story: 'reuters-06376',
    holds: /Walkman\s+rose\s+to\s+2\.25\s+mln/,
    says: /2\.25\s+mln/,
  },
  // Cattle futures rally as Iowa Beef Processors ends its lockout in Nebraska.
  {
    question: 'where is the beef plant with the lockout',
    story: 'reuters-04564',
    holds: /lockout\s+at\s+its\s+slaughtering\s+plant\s+in\s+Dakota\s+City/,
    says: /Dakota\s+City/,
  },
  {
    question: 'when will ibp reopen the plant',
    story: 'reuters-04564',
    holds: /planned\s+to\s+reopen\s+the\s+plant/,
    says: /March\s+16/,
  },
  {
    question: 'how many workers at the dakota city plant',
    story: 'reuters-04564',
    holds: /plant\s+employs\s+2,800\s+workers/,
    says: /2,800/,
  },
  {
    question: 'april live cattle close chicago',
    story: 'reuters-04564',
    holds: /April\s+delivery\s+cattle/,
    says: /64\.45\s+cents/,
  },
  // The Bank of Finland starts dealing in CDs and caps call money credits.
  {
    question: 'who heads the bank of finland',
    story: 'reuters-07710',
    holds: /Bank\s+of\s+Finland\s+Governor\s+Rolf\s+Kullberg/,
    says: /Rolf\s+Kullberg/,
  },
  {
    question: 'what pct penalty rate if a finnish bank goes over the call money limit',
    story: 'reuters-07710',
    holds: /penalty\s+rate\s+of\s+interest\s+of\s+19\s+pct/,
    says: /19\s+pct/,
  },
  {
    question: 'from when are call money credits limited in finland',
    story: 'reuters-07710',
    holds: /limit\s+credits\s+on\s+the\s+call\s+money\s+market\s+from\s+March\s+30/,
    says: /March\s+30,\s+1987/,
  },
  {
    question: 'what maturity cds will the finnish central bank issue first',
    story: 'reuters-07710',
    holds: /CDs\s+with\s+a\s+three-month\s+maturity/,
    says: /three-month/,
  },
  // New Zealand warns trade ministers at Taupo that the next GATT round is the last this century.
  {
    question: 'nz trade minister',
    story: 'reuters-08080',
    holds: /Trade\s+minister\s+Mike\s+Moore\s+told/,
    says: /Mike\s+Moore/,
  },
  {
    question: 'where is the full gatt conference in june',
    story: 'reuters-08080',
    holds: /full-scale\s+conference\s+of\s+the\s+General\s+Agreement/,
    says: /Venice/,
  },
  {
    question: 'which french minister pulled out of the taupo talks',
    story: 'reuters-08080',
    holds: /Michel\s+Noir\s+had\s+pulled\s+out/,
    says: /Michel\s+Noir/,
  },
  {
    question: 'what did moore say about the cost of failure',
    story: 'reuters-08080',
    holds: /cost\s+of\s+failure\s+is\s+beyond\s+calculation/,
    says: /beyond\s+calculation/,
  },
  // Exxon's chairman sees energy use growing as oil discoveries slow.
  {
    question: 'whos the chairman of exxon',
    story: 'reuters-17329',
    holds: /Exxon\s+Corp\s+chairman\s+Lawrence\s+Rawl/,
    says: /Lawrence\s+Rawl/,
  },
  {
    question: 'at what oil price do synthetic fuels become practical',
    story: 'reuters-17329',
    holds: /synthetics\s+projects\s+could\s+become\s+practical/,
    says: /30\s+dlrs\s+to\s+40\s+dlrs/,
  },
  {
    question: 'where did rawl make his speech',
    story: 'reuters-17329',
    holds: /speech\s+at\s+the\s+World\s+Petroleum\s+Congress/,
    says: /World\s+Petroleum\s+Congress/,
  },
  // Taiwan plans tariff cuts on 862 goods before trade talks in Washington.
  {
    question: 'how many goods does taiwan want to cut tarifs on',
    story: 'reuters-16094',
    holds: /tariff\s+cuts\s+on\s+862\s+foreign\s+goods/,
    says: /862/,
  },
  {
    question: 'who leads taiwans trade delegation to washington',
    story: 'reuters-16094',
    holds: /delegation's\s+leader,\s+Vincent\s+Siew/,
    says: /Vincent\s+Siew/,
  },
  {
    question: 'how big was the us trade deficit with taiwan last yr',
    story: 'reuters-16094',
    holds: /deficit\s+with\s+Taipei\s+rose\s+to\s+a\s+record\s+13\.6\s+billion/,
    says: /13\.6\s+billion/,
  },
  {
    question: 'when do the taiwan us talks start',
    story: 'reuters-16094',
    holds: /the\s+talks,\s+starting\s+on\s+April\s+14/,
    says: /April\s+14/,
  },
  // The FDIC reports the first fall in U.S. bank income in a quarter century.
  {
    question: 'us commercial banks net income 1986',
    story: 'reuters-06770',
    holds: /commercial\s+banks\s+had\s+net\s+income\s+of\s+17\.8\s+billion/,
    says: /17\.8\s+billion\s+dlrs/,
  },
  {
    question: 'who chairs the fdic',
    story: 'reuters-06770',
    holds: /FDIC\s+Chairman\s+William\s+Seidman/,
    says: /William\s+Seidman/,
  },
  {
    question: 'hw many banks have failed so far this yr',
    story: 'reuters-06770',
    holds: /Some\s+44\s+banks\s+have\s+failed/,
    says: /44/,
  },
  {
    question: 'why did us bank income drop',
    story: 'reuters-06770',
    holds: /Problems\s+in\s+the\s+farmbelt\s+and\s+oilpatch/,
    says: /farmbelt\s+and\s+oilpatch/,
  },
  // Sri Lanka's finance minister sees the slowest growth in a decade amid civil strife.
  {
    question: 'sri lanka finance minister',
    story: 'reuters-17372',
    holds: /finance\s+minister\s+Ronnie\s+de\s+Mel/,
    says: /Ronnie\s+de\s+Mel/,
  },
  {
    question: 'by what pct will sri lankas gdp grow in 1987',
    story: 'reuters-17372',
    holds: /gross\s+domestic\s+product\s+to\s+expand\s+by\s+only\s+four\s+pct/,
    says: /four\s+pct/,
  },
  {
    question: 'what pct of sri lankas budget is defence',
    story: 'reuters-17372',
    holds: /defence\s+expenditure\s+was\s+now\s+about\s+20\s+pct/,
    says: /20\s+pct/,
  },
  {
    question: 'how much will sri lanka ask the imf for',
    story: 'reuters-17372',
    holds: /ask\s+the\s+International\s+Monetary\s+Fund\s+for/,
    says: /200\s+mln\s+dlrs/,
  },
  // Conrac weighs alternatives to Mark IV's tender offer and gives officers golden parachutes.
  {
    question: 'who made the tender offer for conrac',
    story: 'reuters-12146',
    holds: /tender\s+offer\s+from\s+Mark\s+IV\s+Industries/,
    says: /Mark\s+IV\s+Industries/,
  },
  {
    question: 'how much a share is mark iv offering for conrac',
    story: 'reuters-12146',
    holds: /rejected\s+a\s+25\s+dlr\s+a\s+share\s+tender\s+offer/,
    says: /25\s+dlr/,
  },
  {
    question: 'whos conracs president',
    story: 'reuters-12146',
    holds: /Conrac\s+President\s+Paul\s+Graf/,
    says: /Paul\s+Graf/,
  },
  {
    question: 'when did the conrac board meet on alternatives',
    story: 'reuters-12146',
    holds: /special\s+meetings\s+on\s+March\s+26\s+and\s+30/,
    says: /March\s+26\s+and\s+30/,
  },
  // A fellow passenger disputes Jessica Leeds's account of Trump on a 1980 flight.
  {
    question: 'who says he was there on the plane and trump didnt grope her',
    story: 'west-journal_2016-10-14_witness-debunks-claim-trump-grop',
    holds: /Anthony\s+Gilberthorpe\s+said\s+in\s+a\s+note/,
    says: /Anthony\s+Gilberthorpe/,
  },
  {
    question: 'what yr was the flight leeds talks about',
    story: 'west-journal_2016-10-14_witness-debunks-claim-trump-grop',
    holds: /cross-country\s+flight\s+back\s+in\s+1980/,
    says: /1980/,
  },
  {
    question: 'what was leeds wearing on the flight',
    story: 'west-journal_2016-10-14_witness-debunks-claim-trump-grop',
    holds: /Leeds\s+was\s+wearing\s+a\s+white\s+pantsuit/,
    says: /white\s+pantsuit/,
  },
  {
    question: 'what did trump say about the accusers stories',
    story: 'west-journal_2016-10-14_witness-debunks-claim-trump-grop',
    holds: /All\s+100\s+percent\s+fabricated/,
    says: /100\s+percent\s+fabricated/,
  },
  // Trump questions whether the debate moderators will be fair to him.
  {
    question: 'who moderates the first debate',
    story: 'usa-today_2016-09-23_trump-questions-the-fairness-of-',
    holds: /moderator\s+of\s+Monday\s+night's\s+first\s+debate,\s+Lester\s+Holt/,
    says: /Lester\s+Holt/,
  },
  {
    question: 'since when is holt a registered republican',
    story: 'usa-today_2016-09-23_trump-questions-the-fairness-of-',
    holds: /registered\s+Republican\s+since\s+2003/,
    says: /2003/,
  },
  {
    question: 'where is the 2nd debate',
    story: 'usa-today_2016-09-23_trump-questions-the-fairness-of-',
    holds: /scheduled\s+to\s+co-moderate\s+the\s+second\s+debate/,
    says: /St\.,\s+Louis/,
  },
  {
    question: 'what did kall compare trump to',
    story: 'usa-today_2016-09-23_trump-questions-the-fairness-of-',
    holds: /compared\s+Trump\s+to\s+a\s+coach\s+at\s+a\s+basketball\s+game/,
    says: /coach\s+at\s+a\s+basketball\s+game/,
  },
  // Michael Moore calls Trump supporters "legal terrorists" and explains his surprise film.
  {
    question: 'what did michael moore call trump voters',
    story: 'west-journal_2016-10-25_michael-moore-has-a-new-two-word',
    holds: /referring\s+to\s+those\s+supporting\s+Trump\s+as/,
    says: /legal\s+terrorists/,
  },
  {
    question: 'which magazine interviewed moore',
    story: 'west-journal_2016-10-25_michael-moore-has-a-new-two-word',
    holds: /sitting\s+down\s+for\s+an\s+interview\s+with\s+Rolling\s+Stone/,
    says: /Rolling\s+Stone/,
  },
  {
    question: 'whats moores new movie called',
    story: 'west-journal_2016-10-25_michael-moore-has-a-new-two-word',
    holds: /rolled\s+out\s+his\s+latest\s+film/,
    says: /Michael\s+Moore\s+in\s+Trumpland/,
  },
  {
    question: 'what did moore say about trump not conceding',
    story: 'west-journal_2016-10-25_michael-moore-has-a-new-two-word',
    holds: /typical\s+language\s+of\s+a\s+bully/,
    says: /typical\s+language\s+of\s+a\s+bully/,
  },
];

/**
 * The groups by name, in the order written: the eval reports each as its own figure with its misses
 * apart, and `scripts/checkTyped.ts` checks each against its stories.
 */
export const NAMED_HELD_OUT: ReadonlyArray<readonly [string, Typed[]]> = [
  ['seventh', HELD_OUT_SEVENTH],
  ['eighth', HELD_OUT_EIGHTH],
  ['ninth', HELD_OUT_NINTH],
  ['tenth', HELD_OUT_TENTH],
  ['eleventh', HELD_OUT_ELEVENTH],
  ['twelfth', HELD_OUT_TWELFTH],
  ['thirteenth', HELD_OUT_THIRTEENTH],
  ['fourteenth', HELD_OUT_FOURTEENTH],
  ['fifteenth', HELD_OUT_FIFTEENTH],
  ['sixteenth', HELD_OUT_SIXTEENTH],
  ['seventeenth', HELD_OUT_SEVENTEENTH],
  ['eighteenth', HELD_OUT_EIGHTEENTH],
];
