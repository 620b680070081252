"""Common English words and names beyond the generator's vocabulary, for noticing a real word where one appears.

`english.WORDS` is only what the grammar produces, so a word such as "has" or "log" is not in it; a person
trying shifts by hand notices those all the same. These are the lower-case words of the SCOWL American English
list (Debian's wamerican) used at least about 2.5 times per million words of English (wordfreq's Zipf frequency
3.4 or more), less single letters but "a" and "i", strings with no vowel ("ct", "mph"), roman numerals and
abbreviations ("esp", "etc"); and, as names, its capitalised-only entries used 10 times per million or more (three
letters or longer; abbreviations, brands, and words naming a people or a language left out). Kept here so nothing
is downloaded at run time; no claim to be complete: a string missing from it may still be a rare word ("lox").

Sources and their terms. The words are SCOWL's (Spell Checker Oriented Word Lists, http://wordlist.aspell.net/),
whose notice follows as its terms ask: "Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify,
distribute and sell these word lists, the associated scripts, the output created from the scripts, and its
documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in
all copies and that both that copyright notice and this permission notice appear in supporting documentation. Kevin
Atkinson makes no representations about the suitability of this array for any purpose. It is provided "as is"
without express or implied warranty." Which of them are common enough to keep was decided with the word
frequencies of wordfreq (Robyn Speer, https://github.com/rspeer/wordfreq; its data is CC BY-SA 4.0); no frequency
is kept here.
"""

from __future__ import annotations

WORDS: frozenset[str] = frozenset("""
a abandon abandoned abandoning abandonment abbey abbot abdomen abdominal abducted abduction abide abiding abilities
ability able abnormal aboard abolish abolished abolition aboriginal abortion abortions about above abroad abruptly
absence absent absolute absolutely absorb absorbed absorbing absorption abstract absurd abundance abundant abuse
abused abuses abusing abusive abyss academia academic academics academy accelerate accelerated accelerating
acceleration accelerator accent accents accept acceptable acceptance accepted accepting accepts access accessed
accessibility accessible accessing accession accessories accessory accident accidental accidentally accidents
acclaimed accommodate accommodation accommodations accompanied accompany accompanying accomplish accomplished
accomplishment accomplishments accord accordance according accordingly account accountability accountable accountant
accountants accounted accounting accounts accreditation accredited accumulate accumulated accumulation accuracy
accurate accurately accusation accusations accuse accused accuses accusing accustomed ace ache achieve achieved
achievement achievements achieving acid acids acknowledge acknowledged acknowledges acknowledging acne acoustic
acquaintance acquaintances acquainted acquire acquired acquiring acquisition acquisitions acquitted acre acres
across acrylic act acted acting action actions activate activated activation active actively activism activist
activists activities activity actor actors actress actresses acts actual actually acute ad adapt adaptation adapted
adapter adapting adaptive add added addict addicted addiction addictive addicts adding addition additional
additionally additions address addressed addresses addressing adds adequate adequately adhere adjacent adjoining
adjust adjustable adjusted adjusting adjustment adjustments admin administer administered administration
administrative administrator administrators admirable admiral admiralty admiration admire admired admission
admissions admit admits admitted admittedly admitting adobe adolescent adolescents adopt adopted adopting adoption
adorable adore adrenaline ads adult adultery adulthood adults advance advanced advancement advances advancing
advantage advantages advent adventure adventures adventurous adverse advert advertise advertised advertisement
advertisements advertisers advertising advice advise advised adviser advisers advises advising advisor advisors
advisory advocacy advocate advocated advocates advocating aerial aerospace aesthetic aesthetics affair affairs
affect affected affecting affection affects affiliate affiliated affiliates affiliation affinity affirmative afford
affordable afforded afghan aforementioned afraid after aftermath afternoon afterward afterwards again against age
aged ageing agencies agency agenda agent agents ages aggravated aggregate aggression aggressive aggressively agile
aging ago agony agree agreed agreeing agreement agreements agrees agricultural agriculture ah aha ahead aid aide
aided aides aiding aids aim aimed aiming aims air airborne aircraft aired airing airline airlines airplane airplanes
airport airports airs airways aisle akin alarm alarmed alarming alarms alas albeit album albums alcohol alcoholic
alcoholism ale alert alerts algae algebra algorithm algorithms alias alien aliens align aligned alignment alike
alive all allegation allegations alleged allegedly allegiance alleging allergic allergies allergy alleviate alley
alliance alliances allied allies allocated allocation allow allowance allowed allowing allows alloy ally almighty
almond almost alone along alongside aloud alpha alphabet alpine already alright also altar alter alterations altered
altering alternate alternating alternative alternatively alternatives although altitude alto altogether aluminum
alumni always am amateur amateurs amazed amazing amazingly amazon ambassador ambassadors amber ambient ambiguous
ambition ambitions ambitious ambulance ambush amen amend amended amendment amendments amenities amid amidst amino
amir ammo ammunition amnesty among amongst amount amounted amounts ample amplifier amused amusement amusing an anal
analog analogy analyses analysis analyst analysts analytical analyze analyzed analyzing anarchy anatomy ancestor
ancestors ancestral ancestry anchor anchorage anchored anchors ancient and android angel angels anger angle angles
angry angular animal animals animated animation anime ankle ankles annex annexation annexed anniversary announce
announced announcement announcements announcer announces announcing annoy annoyed annoying annual annually anomaly
anonymous anonymously another answer answered answering answers ant antarctic antenna anterior anthem anthology
anthropology anti antibiotic antibiotics antibodies antibody anticipate anticipated anticipation antique antiques
antiquity ants anxiety anxious any anybody anyhow anymore anyone anything anytime anyway anywhere apart apartheid
apartment apartments ape aperture apes apex apocalypse apocalyptic apologies apologize apologized apology apostle
apostles appalling apparatus apparel apparent apparently appeal appealed appealing appeals appear appearance
appearances appeared appearing appears appendix appetite applaud applause apple apples appliances applicable
applicant applicants application applications applied applies apply applying appoint appointed appointment
appointments appraisal appreciate appreciated appreciation apprentice apprenticeship approach approached approaches
approaching appropriate appropriately approval approve approved approves approx approximate approximately apps apt
aqua aquarium aquatic arbitrary arbitration arbor arc arcade arch archaeological archaeology archbishop archer
arches architect architects architectural architecture archive archived archives arctic are area areas arena
arguably argue argued argues arguing argument arguments arise arises arising arithmetic ark arm armed armies armor
armored arms army arose around arrange arranged arrangement arrangements arranging array arrest arrested arresting
arrests arrival arrivals arrive arrived arrives arriving arrogance arrogant arrow arrows arsenal arson art arteries
artery arthritis article articles articulate artifact artifacts artificial artificially artillery artist artistic
artists arts artwork as asbestos ascent ash ashamed ashes ashore aside ask asked asking asks asleep aspect aspects
aspen asphalt aspirations aspire aspiring ass assassin assassination assassins assault assaulted assaults assemble
assembled assemblies assembly assert asserted assertion asses assess assessed assessing assessment assessments asset
assets asshole assholes assign assigned assignment assignments assist assistance assistant assistants assisted
assisting assists associate associated associates association associations assume assumed assumes assuming
assumption assumptions assurance assure assured asteroid asthma astonishing astounding astronaut astronauts
astronomers astronomical astronomy asylum at ate atheism atheist athlete athletes athletic athletics atlas
atmosphere atmospheric atom atomic atoms atop atrocities attach attached attachment attack attacked attacker
attackers attacking attacks attain attained attempt attempted attempting attempts attend attendance attendant
attended attending attends attention attic attire attitude attitudes attorney attorneys attract attracted attracting
attraction attractions attractive attracts attribute attributed attributes auburn auction auctions audible audience
audiences audio audit audition auditions auditor auditorium augmented august aunt aura austerity authentic
authenticity author authored authoritarian authoritative authorities authority authorization authorized authors
autism autistic auto autobiography autograph automated automatic automatically automation automobile automobiles
automotive autonomous autonomy autopsy autumn auxiliary avail availability available avalanche avatar avengers
avenue avenues average averaged averages averaging aviation avid avocado avoid avoidance avoided avoiding avoids aw
await awaited awaiting awaits awake awakening award awarded awarding awards aware awareness away awe awesome awful
awfully awhile awkward axe axes axis axle ay aye babe babies baby bachelor back backbone backdrop backed background
backgrounds backing backlash backpack backs backstage backup backward backwards backyard bacon bacteria bacterial
bad badge badger badges badly bag baggage bags bail bait bake baked baker bakery baking balance balanced balances
balancing balcony bald bale ball ballad ballet ballistic balloon balloons ballot ballots ballroom balls bamboo ban
banana bananas band bands bandwidth bang banged banging bangs bank banker bankers banking bankrupt bankruptcy banks
banned banner banners banning banquet bans banter baptism baptist baptized bar barbecue barber bare barely bargain
bargaining barge bark barker barking barley barn barney baron barracks barred barrel barrels barren barrier barriers
barring bars bartender basal base baseball based baseline basement bases bash bashing basic basically basics basil
basin basis basket basketball baskets bass bastard bastards bat batch bates bath bathing bathroom bathrooms baths
bathtub baton bats batsman battalion batter battered batteries battery batting battle battlefield battles battling
bay be beach beaches beacon bead beads beam beams bean beans bear beard bearer bearing bearings bears beast beasts
beat beaten beating beats beau beautiful beautifully beauty beaver became because beck become becomes becoming bed
bedding bedroom bedrooms beds bedtime bee beef been beep beer beers bees beetle before beforehand beg began begged
begging begin beginner beginners beginning beginnings begins begun behalf behave behaved behaving behavior
behavioral behind behold being beings belief beliefs believe believed believer believers believes believing bell
belle bells belly belong belonged belonging belongings belongs beloved below belt belts bench benches benchmark bend
bender bending beneath beneficial beneficiaries benefit benefited benefits benign bent berries berry berth beside
besides best bet beta betray betrayal betrayed bets better betting between beverage beverages beware beyond bias
biased bible biblical bibliography bicycle bicycles bid bidder bidding bids big bigger biggest bigotry bike bikes
biking bikini bilateral bilingual bill billboard billed billing billion billionaire billionaires billions bills
billy bin binary bind binding binge bingo bins biodiversity biography biological biology biomedical biotechnology
bipolar birch bird birds birth birthday birthdays births biscuit biscuits bisexual bishop bishops bit bitch bitches
bitcoin bite bites biting bits bitten bitter bitterness bizarre black blackberry blackmail blackout blacks bladder
blade blades blah blame blamed blames blaming bland blank blanket blankets blast blasted blasting blasts blatant
blaze blazing bleach bleak bleed bleeding blend blended blender blending bless blessed blessing blessings blew blind
blinded blindness blink bliss blitz blizzard bloc block blockade blockbuster blockchain blocked blocking blocks blog
blogger bloggers blogging blogs blond blonde blood bloody bloom blossom blow blowing blown blows blue blueprint
blues bluff blunt blur blurred blush board boarded boarding boards boast boasts boat boats bob bobby bodies bodily
body bogus bohemian boil boiled boiler boiling bold bolt bolts bomb bombed bomber bombers bombing bombings bombs
bond bondage bonded bonding bonds bone bones bong bonnie bonus bonuses boo boob boobs boogie book booked booking
booklet books bookstore boom booming boon boost boosted booster boosting boosts boot booth boots booty booze border
borders bore bored boredom boring born borne borough borrow borrowed borrowing boss bosses botanical both bother
bothered bothering bothers bottle bottled bottles bottom bottoms bought boulder boulevard bounce bounced bouncing
bound boundaries boundary bounded bounds bounty bouquet bourbon bourgeois bout boutique bow bowel bowl bowler
bowling bowls bowman bows box boxer boxers boxes boxing boy boycott boyfriend boyfriends boys bra brace bracelet
braces bracket brackets brad brag bragging brain brains brake brakes braking branch branches brand branded branding
brands brandy brass brat brave bravery braves bravo brawl breach bread breadth break breakdown breaker breakers
breakfast breaking breaks breakthrough breakup breast breasts breath breathe breathing breathtaking bred breed
breeders breeding breeds breeze brethren brew brewer brewers brewery brewing bribe bribery brick bricks bridal bride
bridge bridges brief briefing briefly brigade bright brighter brightest brightly brightness brilliant brilliantly
bring bringing brings brink broad broadband broadcast broadcaster broadcasters broadcasting broadcasts broader
broadly broccoli broke broken broker brokers broncos bronze brook brooks broom brother brotherhood brothers brought
brow brown browning browns browse browser browsing bruins bruises brunch brunette brush brushed brushes brushing
brutal brutality brutally brute bubble bubbles buck bucket buckets buckle bucks bud buddies buddy budget budgets
buds buff buffalo buffer buffet bug bugs build builder builders building buildings builds built bulb bulbs bulk bull
bulldogs bullet bulletin bullets bullied bullies bullock bulls bullshit bully bullying bum bump bumped bumper bumps
bun bunch bundle bundles bunk bunker bunny burden bureau bureaucracy bureaucratic burger burgers burglary burial
buried burn burned burner burning burns burnt burst bursting bursts bury bus buses bush bushes busiest business
businesses businessman businessmen bust busted buster busting busy but butcher butler butt butter butterflies
butterfly button buttons butts buy buyer buyers buying buys buzz buzzer buzzing by bye bypass cab cabbage cabin
cabinet cabinets cable cables cache cactus cad cafeteria caffeine cage cages cake cakes calcium calculate calculated
calculating calculation calculations calculator calculus calendar calf caliber calif call called caller calling
calls calm calmly calorie calories came camel cameo camera cameras camouflage camp campaign campaigning campaigns
camping camps campus campuses can canal canals canary cancel canceled cancellation cancelled cancer cancers candid
candidacy candidate candidates candle candles candy cane cannabis canned cannon cannons cannot canoe canon canopy
cans cant canton canvas canyon cap capabilities capability capable capacities capacity cape capital capitalism
capitalist capitals capitol capped caps capsule captain captains caption captive captivity capture captured captures
capturing car caramel caravan carbon card cardboard cardiac cardinal cardinals cardio cardiovascular cards care
cared career careers careful carefully careless cares caretaker cargo caring carnival carol carpenter carpet
carriage carried carrier carriers carries carrot carrots carry carrying cars cart cartel cartoon cartoons cartridge
cartridges carts carve carved carving cascade case cases cash cashier casino casinos cassette cast caste casting
castle castles casts casual casually casualties casualty cat catalog catalogue catalyst catastrophe catastrophic
catch catcher catches catching catchy categories category cater catering cathedral catholic cats cattle caucus
caught cause caused causes causing caution cautious cavalry cave caves cavity cease ceased cedar ceiling ceilings
celebrate celebrated celebrates celebrating celebration celebrations celebrities celebrity celestial cell cellar
cells cellular cement cemetery censorship census cent center centered centers central centralized cents centuries
century ceramic ceramics cereal cerebral ceremonial ceremonies ceremony certain certainly certainty certificate
certificates certification certified cervical chad chain chains chair chaired chairman chairs chalk challenge
challenged challenger challenges challenging chamber chamberlain chambers champ champagne champion champions
championship championships champs chance chancellor chances chandler change changed changes changing channel
channels chant chanting chants chaos chaotic chap chapel chaplain chapter chapters char character characteristic
characteristics characterization characterized characters charcoal charge charged charger chargers charges charging
charismatic charitable charities charity charm charming charms chart charter chartered charts chase chased chasing
chassis chat chatting cheap cheaper cheapest cheat cheated cheating cheats check checked checking checklist checkout
checks cheek cheeks cheeky cheer cheerful cheering cheers cheese cheesy chef chefs chem chemical chemicals chemist
chemistry chemotherapy cherish cherished cherry chess chest chestnut chew chewing chi chic chick chicken chickens
chicks chief chiefly chiefs child childbirth childcare childhood childish children chile chili chill chilled
chilling chills chilly chimney chin china chip chips chlorine chocolate chocolates choice choices choir choke choked
choking cholesterol choose chooses choosing chop chopped chord chords choreography chores chorus chose chosen chow
chrome chromosome chronic chronicle chronicles chronological chubby chuck chuckle chunk chunks church churches cider
cigar cigarette cigarettes cinema cinemas cinematic cinnamon circa circle circles circuit circuits circular
circulated circulating circulation circumstance circumstances circus citation citations cite cited cites cities
citing citizen citizens citizenship citrus city civic civil civilian civilians civilization civilized clad claim
claimed claiming claims clamp clan clans clap clarification clarified clarify clarity clash clashes class classes
classic classical classics classification classified classmates classroom classrooms classy clause clauses claw
claws clay clean cleaned cleaner cleaners cleaning cleanse cleansing cleanup clear clearance cleared clearer
clearing clearly clears cleavage clement clergy clerk clever click clicked clicking clicks client clients cliff
cliffs climate climax climb climbed climbing climbs cling clinic clinical clinics clip clippers clips cloak clock
clocks clone clones close closed closely closer closes closest closet closing closure cloth clothes clothing cloud
clouds cloudy clown clowns club clubhouse clubs clue clueless clues clumsy cluster clusters clutch coach coached
coaches coaching coal coalition coarse coast coastal coaster coastline coat coated coating coats cobra cocaine cock
cockpit cocks cocktail cocktails cocoa coconut cod code coded codes coding coffee coffin cognitive coherent cohort
coil coin coincide coincidence coins coke cola cold colder collaborate collaborating collaboration collaborative
collapse collapsed collar collateral colleague colleagues collect collected collecting collection collections
collective collectively collector collectors collects college colleges collegiate collision collusion cologne colon
colonel colonial colonies colony color colored colorful coloring colors colt colts column columnist columns coma
comb combat combination combinations combine combined combines combining combo combustion come comeback comedian
comedians comedy comes comet comfort comfortable comfortably comforting comfy comic comics coming command commanded
commander commanders commanding commandments commands commemorate commence commenced commencement comment commentary
commentator commentators commented commenting comments commerce commercial commercially commercials commission
commissioned commissioner commissioners commissions commit commitment commitments commits committed committee
committees committing commodities commodity common commonly commonplace commons commonwealth communal communicate
communicated communicating communication communications communion communism communist communists communities
community commute commuter compact companies companion companions company comparable comparative comparatively
compare compared compares comparing comparison comparisons compartment compass compassion compassionate
compatibility compatible compelled compelling compensate compensated compensation compete competed competence
competent competing competition competitions competitive competitiveness competitor competitors compilation compiled
complain complained complaining complains complaint complaints complement complementary complete completed
completely completes completing completion complex complexes complexity compliance compliant complicated
complications compliment compliments comply component components compose composed composer composers composing
composite composition compositions compound compounds comprehend comprehension comprehensive compressed compression
comprise comprised comprises comprising compromise compromised compulsory computational compute computer computers
computing comrade comrades conceal concealed concede conceded conceive conceived concentrate concentrated
concentrating concentration concentrations concept conception concepts conceptual concern concerned concerning
concerns concert concerts concession concessions concise conclude concluded concludes concluding conclusion
conclusions concord concrete concurrent concussion condemn condemnation condemned condensed condition conditional
conditioned conditioning conditions condo condolences condom condoms conduct conducted conducting conductor conducts
cone confederate confederation conference conferences confess confessed confession confessions confidence confident
confidential confidentiality confidently configuration configurations confined confinement confirm confirmation
confirmed confirming confirms confiscated conflict conflicting conflicts conform confront confrontation confronted
confronting confuse confused confusing confusion congestion congratulate congratulations congregation congress
congressional congressman conjunction connect connected connecting connection connections connectivity connector
connects conquer conquered conquest cons conscience conscious consciously consciousness consecutive consensus
consent consequence consequences consequently conservation conservatism conservative conservatives consider
considerable considerably consideration considerations considered considering considers consist consisted
consistency consistent consistently consisting consists consolation console consoles consolidate consolidated
consolidation consortium conspiracy constable constant constantly constituency constituent constituents constitute
constituted constitutes constitution constitutional constrained constraints construct constructed constructing
construction constructive consul consulate consult consultancy consultant consultants consultation consulted
consulting consume consumed consumer consumers consuming consumption contact contacted contacting contacts
contagious contain contained container containers containing containment contains contaminated contamination
contemplate contemplating contemporaries contemporary contempt contend contender contenders content contention
contents contest contestant contestants contested contests context contexts continent continental continents
contingency contingent continually continuation continue continued continues continuing continuity continuous
continuously continuum contract contracted contracting contraction contractor contractors contracts contractual
contradiction contradictory contrary contrast contrasting contribute contributed contributes contributing
contribution contributions contributor contributors control controlled controller controllers controlling controls
controversial controversies controversy convened convenience convenient conveniently convent convention conventional
conventions convergence conversation conversations converse conversely conversion convert converted converter
convertible converting converts convey conveyed convict convicted conviction convictions convince convinced
convincing convoy cook cooked cookie cookies cooking cooks cool cooled cooler coolest cooling coop cooper cooperate
cooperating cooperation cooperative coordinate coordinated coordinates coordinating coordination coordinator cop
cope copied copies coping copper cops copy copying copyright coral cord core cores cork corn corner corners corona
coronary coronation coroner corp corporal corporate corporation corporations corps corpse corpses corpus correct
corrected correcting correction correctional corrections correctly correlated correlation correspond correspondence
correspondent correspondents corresponding corresponds corridor corridors corrosion corrupt corrupted corruption
cortex cosmetic cosmetics cosmic cosmos cosplay cost costing costly costs costume costumes cottage cottages cotton
couch cough coughing could council councillor councillors councils counsel counseling counselor count countdown
counted counter counterpart counterparts counters countess counties counting countless countries country countryside
counts county coup couple coupled couples coupling coupon coupons courage courageous courier course courses court
courtesy courthouse courtroom courts courtyard cousin cousins cove covenant cover coverage covered covering covers
covert cow coward cowardly cowboy cowboys coworkers cows cox cozy crab crabs crack cracked cracker crackers cracking
cracks cradle craft crafted crafting crafts crane crank crap crappy crash crashed crashes crashing crate crater
crave craving crawl crawling crazy cream creamy create created creates creating creation creations creative
creativity creator creators creature creatures credentials credibility credible credit credited creditors credits
creed creek creep creeping creepy crescent crest crew crews crib cricket cried cries crime crimes criminal criminals
crimson cringe crippled crises crisis crisp criteria criterion critic critical critically criticism criticisms
criticize criticized criticizing critics critique crocodile crook crooked crop crops cross crossed crosses crossing
crossings crossover crossroads crow crowd crowded crowds crown crowned crowns crows crucial crude cruel cruelty
cruise cruiser cruises cruising crunch crusade crush crushed crushing crust cry crying crystal crystals cub cube
cubes cubic cubs cucumber cuddle cue cues cuff cuisine culinary culprit cult cultivate cultivated cultivation
cultural culturally culture cultures cum cumulative cunning cunt cup cupboard cupcakes cups curator curb cure cured
curiosity curious curl curling curls curly currencies currency current currently currents curriculum curry curse
cursed curtain curtains curve curved curves cushion custody custom customary customer customers customized customs
cut cute cuts cutter cutting cycle cycles cycling cyclist cyclists cyclone cylinder cylinders cynical dad daddy dads
daft dagger daily dairy daisy dale dam damage damaged damages damaging dame damn damned damp dams dance danced
dancer dancers dances dancing danger dangerous dangerously dangers dare dared daring dark darker darkest darkness
darling darn dart darts dash data database databases date dated dates dating daughter daughters daunting dawn day
daylight days daytime dead deadline deadly deaf deal dealer dealers dealership dealing dealings deals dealt dean
dear dearest dearly death deaths debate debated debates debating debit debris debt debts debut debuted decade
decades decay deceased decency decent deception decide decided decides deciding decision decisions decisive deck
decks declaration declare declared declares declaring decline declined declines declining decor decorated decoration
decorations decorative decrease decreased decreases decreasing decree dedicate dedicated dedication deduction deed
deeds deemed deep deeper deepest deeply deer default defeat defeated defeating defeats defect defective defects
defend defendant defendants defended defender defenders defending defends defense defenses defensive deferred
defiance deficiency deficit deficits define defined defines defining definite definitely definition definitions
definitive defy degradation degree degrees deity delay delayed delays delegate delegates delegation delete deleted
deleting deliberate deliberately delicate delicious delight delighted delightful deliver delivered deliveries
delivering delivers delivery dell delta deluxe demand demanded demanding demands dementia demise demo democracy
democrat democratic democrats demographic demographics demolished demolition demon demons demonstrate demonstrated
demonstrates demonstrating demonstration demonstrations demos den denial denied denies denim denotes denounced dense
densely density dent dental dentist deny denying depart departed departing department departments departure depend
depended dependence dependency dependent depending depends depict depicted depicting depiction depicts depleted
deploy deployed deployment deportation deported deposit deposited deposition deposits depot depressed depressing
depression deprivation deprived dept depth depths deputies deputy derby derivative derivatives derive derived
derives derrick descend descendants descended descending descent describe described describes describing description
descriptions descriptive desert deserted deserve deserved deserves deserving design designated designation designed
designer designers designing designs desirable desire desired desires desk desktop despair desperate desperately
desperation despicable despise despite dessert destination destinations destined destiny destroy destroyed destroyer
destroying destroys destruction destructive detached detachment detail detailed detailing details detained detect
detected detecting detection detective detectives detector detectors detention deter deterioration determination
determine determined determines determining detrimental devastated devastating develop developed developer
developers developing development developmental developments develops deviation device devices devil devils devised
devoid devote devoted devotion dew diabetes diabetic diagnose diagnosed diagnosis diagnostic diagram diagrams dial
dialect dialog dialogue diameter diamond diamonds diaper diapers diaries diarrhea diary dice dick dicks dictate
dictator dictatorship dictionary die died dies diesel diet dietary diets differ difference differences different
differential differentiate differentiation differently differing differs difficult difficulties difficulty diffusion
dig digest digestive digging digit digital digitally digits dignity dilemma diligence diluted dim dime dimension
dimensional dimensions diminish diminished din dine diner ding dining dinner dinners dinosaur dinosaurs diocese
dioxide dip diploma diplomacy diplomat diplomatic diplomats dipped dipping dire direct directed directing direction
directions directive directly director directorate directors directory directs dirk dirt dirty disabilities
disability disable disabled disadvantage disadvantaged disadvantages disagree disagreed disagreement disappear
disappearance disappeared disappearing disappears disappoint disappointed disappointing disappointment disaster
disasters disastrous disbelief disc discarded discharge discharged disciples disciplinary discipline disciplined
disciplines disclaimer disclose disclosed disclosure disco discomfort disconnect disconnected discontinued discord
discount discounted discounts discourage discouraged discourse discover discovered discoveries discovering discovers
discovery discreet discrete discretion discriminate discrimination discriminatory discs discuss discussed discusses
discussing discussion discussions disease diseases disgrace disguise disguised disgust disgusted disgusting dish
dishes dishonest disk dislike disliked dismiss dismissal dismissed disorder disorders disparity dispatch dispatched
dispersed displaced displacement display displayed displaying displays disposable disposal dispose disposed
disposition dispute disputed disputes disqualified disregard disrespect disrespectful disrupt disrupted disruption
disruptive dissent dissertation dissolution dissolve dissolved distance distances distant distinct distinction
distinctive distinctly distinguish distinguished distorted distortion distract distracted distracting distraction
distractions distress distressed distribute distributed distributing distribution distributions distributor
distributors district districts distrust disturb disturbance disturbed disturbing ditch diva dive diver divers
diverse diversified diversion diversity divert diverted divide divided dividend dividends divides dividing divine
diving divinity division divisions divorce divorced dizzy do dock docks docs doctor doctoral doctors doctrine
document documentaries documentary documentation documented documenting documents dodge dodgers doe does dog dogs
doing doll dollar dollars dolls dolly dolphin dolphins domain domains dome domestic dominance dominant dominate
dominated dominates dominating domination dominion don donate donated donating donation donations done donkey donor
donors donuts doom doomed door doors doorstep doorway dope doping dorm dormant dorsal dosage dose doses dot dots
dotted double doubled doubles doubling doubt doubted doubtful doubts dough dove down downfall downhill downing
download downloaded downloading downloads downs downstairs downstream downtown downward dozen dozens draft drafted
drafting drafts drag dragged dragging dragon dragons drain drainage drained draining drains drake drama dramas
dramatic dramatically drank drastic drastically draw drawer drawers drawing drawings drawn draws dread dreadful
dream dreamed dreaming dreams dress dressed dresses dressing drew dried drift drifted drifting drill drilled
drilling drills drink drinking drinks drip dripping drive driven driver drivers drives driveway driving drone drones
drop dropped dropping drops drought drove drown drowned drowning drug drugs drum drummer drums drunk drunken dry
dryer drying dual dub dubbed dubious duchess duck ducks duct dude dudes due duel duet dug duh duke dull duly dumb
dummy dump dumped dumping dumpster dungeon dunk dunno duo duplicate durability durable duration during dusk dust
dusty duties duty dwarf dwell dwelling dye dyed dying dynamic dynamics dynamite dynasty dysfunction each eager
eagerly eagle eagles ear earl earlier earliest early earn earned earnest earning earnings earns earrings ears earth
earthquake earthquakes ease easier easiest easily east eastern easy eat eaten eater eating eats eccentric
ecclesiastical echo echoed echoes eclipse ecological ecology economic economical economically economics economies
economist economists economy ecosystem ecosystems ecstasy eddy edge edged edges edible edit edited editing edition
editions editor editorial editors edits educate educated educating education educational educator educators effect
effective effectively effectiveness effects efficacy efficiency efficient efficiently effort efforts egg eggs ego eh
eight eighteen eighteenth eighth eighty either elaborate elastic elbow elbows elder elderly elders eldest elect
elected election elections electoral electorate electric electrical electricity electromagnetic electron electronic
electronics electrons elegance elegant element elementary elements elephant elephants elevated elevation elevator
eleven eleventh elf eligibility eligible eliminate eliminated eliminating elimination elite elites elk else
elsewhere elusive elves email emailed emails embark embarked embarrass embarrassed embarrassing embarrassment
embassy embedded emblem embrace embraced embracing emerald emerge emerged emergence emergencies emergency emerges
emerging eminent emirates emission emissions emotion emotional emotionally emotions empathy emperor emphasis
emphasize emphasized emphasizes empire empires empirical employ employed employee employees employer employers
employing employment employs empower empowered empowering empowerment empress empty emulate enable enabled enables
enabling enact enacted enchanted enclosed enclosure encompasses encounter encountered encounters encourage
encouraged encouragement encourages encouraging encrypted encryption encyclopedia end endangered endeavor ended
ending endings endless endlessly endorse endorsed endorsement endowed endowment ends endurance endure endured
enduring enemies enemy energetic energies energy enforce enforced enforcement enforcing engage engaged engagement
engagements engaging engine engineer engineered engineering engineers engines engraved enhance enhanced enhancement
enhancing enjoy enjoyable enjoyed enjoying enjoyment enjoys enlarged enlightened enlightenment enlisted enormous
enough enquiry enriched enrichment enroll enrolled enrollment ensemble ensuing ensure ensured ensures ensuring enter
entered entering enterprise enterprises enters entertain entertained entertainer entertaining entertainment
enthusiasm enthusiast enthusiastic enthusiasts entire entirely entirety entities entitled entitlement entity
entrance entrepreneur entrepreneurial entrepreneurs entries entrusted entry envelope environment environmental
environmentally environments envoy envy enzyme enzymes epic epidemic epilepsy episcopal episode episodes equal
equality equally equals equation equations equilibrium equip equipment equipped equity equivalent era erase erased
erect erected erection erosion erotic error errors eruption escalated escape escaped escapes escaping escort
escorted escorts especially espionage essay essays essence essential essentially essentials establish established
establishes establishing establishment establishments estate estates esteem estimate estimated estimates estimation
eternal eternity ether ethic ethical ethics ethnic ethnicity etiquette euro euros evacuate evacuated evacuation
evaluate evaluated evaluating evaluation evaluations evangelical evasion eve even evening evenings evenly event
events eventual eventually ever evergreen everlasting every everybody everyday everyone everything everywhere
eviction evidence evidenced evident evidently evil evolution evolutionary evolve evolved evolving ex exact exactly
exaggerated exam examination examinations examine examined examiner examines examining example examples exams
excavation exceed exceeded exceeding exceeds excel excellence excellent except exception exceptional exceptionally
exceptions excerpt excerpts excess excessive exchange exchanged exchanges excited excitement exciting exclude
excluded excluding exclusion exclusive exclusively excuse excuses execute executed executing execution executions
executive executives exempt exemption exercise exercised exercises exercising exhaust exhausted exhausting
exhaustion exhibit exhibited exhibiting exhibition exhibitions exhibits exile exist existed existence existent
existential existing exists exit exits exodus exotic expand expanded expanding expands expansion expect expectancy
expectation expectations expected expecting expects expedition expelled expenditure expenditures expense expenses
expensive experience experienced experiences experiencing experiment experimental experimentation experimenting
experiments expert expertise experts expiration expire expired expires explain explained explaining explains
explanation explanations explicit explicitly explode exploded explodes exploding exploit exploitation exploited
exploiting exploits exploration explore explored explorer explorers explores exploring explosion explosions
explosive explosives expo export exported exporting exports expose exposed exposes exposing exposition exposure
express expressed expresses expressing expression expressions expressive expressly expulsion exquisite extend
extended extending extends extension extensions extensive extensively extent exterior external extinct extinction
extra extract extracted extraction extracts extraordinarily extraordinary extras extravagant extreme extremely
extremes extremist extremists eye eyebrows eyed eyes fabric fabricated fabrication fabrics fabulous facade face
faced faces facial facilitate facilitated facilitating facilities facility facing fact faction factions factor
factories factors factory facts factual faculty fade faded fades fading faggot fail failed failing fails failure
failures faint fair fairly fairness fairy faith faithful fake faking falcon falcons fall fallen falling fallout
falls false falsely fame famed familiar familiarity families family famine famous famously fan fancy fandom fanny
fans fantasies fantastic fantasy far fare fares farewell farm farmer farmers farmhouse farming farms fart farther
fascinated fascinating fascination fascism fascist fashion fashionable fashioned fast faster fastest fasting fat
fatal fatalities fate father fathers fatigue fats fatty fault faults faulty fauna favor favorable favored favorite
favorites favors fax fear feared fearful fearing fearless fears feasibility feasible feast feat feather feathers
feature featured features featuring fed federal federally federation feds fee feed feedback feeder feeding feeds
feel feeling feelings feels fees feet fell fellow fellows fellowship felony felt female females feminine feminism
feminist feminists fence fences fencing fender ferry fertile fertility fertilizer fest festival festivals festive
festivities fetal fetch fetish fetus feud fever few fewer fiat fiber fibers fiction fictional fiddle fidelity field
fielding fields fierce fiery fifteen fifth fifty fig fight fighter fighters fighting fights figs figure figured
figures figuring file filed files filing fill filled filler filling fills film filmed filming filmmaker filmmakers
films filter filtered filtering filters filth filthy fin final finale finalist finalists finally finals finance
financed finances financial financially financing finch find finding findings finds fine fined finely finer fines
finest finger fingerprint fingers finish finished finishes finishing finite fir fire firearm firearms fired
firefighters fireplace fires fireworks firing firm firmly firms first firstly fiscal fish fisher fisheries fisherman
fishermen fishes fishing fist fists fit fitness fits fitted fitting fittings five fix fixed fixes fixing fixture
fixtures flag flags flagship flair flame flames flaming flank flap flare flash flashback flashes flashing flashlight
flat flats flattering flavor flavored flavors flaw flawed flawless flaws flea fled flee fleeing fleet flesh flew
flex flexibility flexible flick flies flight flights flint flip flipped flipping flirt flirting float floated
floating floats flock flood flooded flooding floods floor floors flop flora floral flour flourish flow flower
flowering flowers flowing flown flows flu fluctuations fluent fluffy fluid fluids flush flushing flute flux fly
flyer flyers flying foam focal focus focused focuses focusing foe foes fog foil fold folded folder folding folds
foliage folk folklore folks follow followed follower followers following follows fond font food foods fool fooled
foolish fools foot footage football footballer footballers footing footprint footsteps footwear for forbid forbidden
force forced forces forcibly forcing ford fore forecast forecasting forecasts foreclosure forefront forehead foreign
foreigner foreigners foreman foremost forensic forest forestry forests forever forge forged forget forgets
forgetting forgive forgiven forgiveness forgiving forgot forgotten fork forks form formal formally format formation
formations formats formed former formerly formidable forming forms formula formulas formulated formulation fort
forth forthcoming fortified fortnight fortress fortunate fortunately fortune fortunes forty forum forums forward
forwards fossil fossils foster fought foul found foundation foundations founded founder founders founding fountain
four fourteen fourth fox foxes fraction fracture fractured fractures fragile fragment fragments fragrance frame
framed frames framework framing franchise franchises francs frank frankly fraternity fraud fraudulent freak freaked
freaking freaks free freed freedom freedoms freeing freelance freely freeman freestyle freeway freeze freezer
freezing freight french frenzy frequencies frequency frequent frequently fresh freshly freshman freshwater friction
fridge fried friend friendly friends friendship friendships fries frightened frightening fringe frog frogs from
front frontal frontier fronts frost froze frozen fruit fruits frustrated frustrating frustration fry frying fuck
fucked fucker fuckers fucking fucks fuel fueled fuels fugitive fulfil fulfill fulfilled fulfilling fulfillment full
fuller fullest fully fun function functional functionality functioning functions fund fundamental fundamentally
fundamentals funded funding funds funeral fungi fungus funk funky funnel funnier funniest funny fur furious furnace
furnished furniture furry further furthermore fury fuse fused fusion fuss future futures fuzzy gadget gadgets gag
gain gained gaining gains gal gala galactic galaxies galaxy gale galleries gallery gallon gallons gamble gambling
game gamer games gaming gamma gang gangs gangster gap gaps garage garbage garden gardener gardening gardens garland
garlic garment garments garner garrison gas gases gasoline gasp gate gates gateway gather gathered gathering
gatherings gauge gave gay gays gaze gazette gear geared gears gee geek gel gem gems gender gene general generalized
generally generals generate generated generates generating generation generations generator generators generic
generosity generous genes genesis genetic genetically genetics genie genital genius genocide genome genre genres
gentle gentleman gentlemen gently genuine genuinely genus geographic geographical geography geological geology
geometric geometry gesture gestures get getaway gets getting ghetto ghost ghosts giant giants gift gifted gifts gig
gigantic gigs gill gimme gin ginger girl girlfriend girlfriends girls give giveaway given gives giving glacier glad
gladly glamorous glamour glance glass glasses glee glen glimpse glitch glitter global globalization globally globe
glorious glory gloss glossy glove gloves glow glowing glucose glue glued gluten go goal goalie goalkeeper goals goat
goats god goddamn goddess godfather gods goes going gold golden golf gone gong gonna goo good goodbye goodies
goodness goodnight goods goodwill goofy google goose gore gorge gorgeous gorilla gosh gospel gossip got gotta gotten
govern governance governed governing government governmental governments governor governors govt gown grab grabbed
grabbing grabs grace gracious grad grade graded graders grades gradient grading gradual gradually graduate graduated
graduates graduating graduation graffiti graft grail grain grains gram grammar grams grand grandchildren
granddaughter grandfather grandma grandmother grandpa grandparents grandson granite granny grant granted granting
grants grape grapes graph graphic graphical graphics graphs grasp grass grateful gratitude grave gravel graves
graveyard gravitational gravity gravy gray grazing grease greasy great greater greatest greatly greatness greed
greedy green greenhouse greens greet greeted greeting greetings grenade grenades grew grey grid grief grieving
griffin grill grilled grim grin grind grinding grip grips grit groceries grocery groom grooming groove gross ground
groundbreaking grounded grounds group grouped grouping groups grove groves grow growers growing grown grows growth
grumpy guarantee guaranteed guarantees guard guarded guardian guardians guarding guards guess guessed guessing guest
guests guidance guide guided guidelines guides guiding guild guilt guilty guinea guise guitar guitarist guitars gulf
gum gun gunfire guns gunshot guru gut guts gutted guy guys gym gymnastics gypsy ha habit habitat habitats habits
hack hacked hacker hackers hacking hacks had hah hail hailed hair haircut haired hairs hairy hale half halftime
halfway hall halls hallway halo halt halted halves ham hamburger hamlet hammer hammered hand handbag handbook handed
handful handicap handicapped handing handle handled handler handles handling handmade hands handsome handwriting
handy hang hanged hanging hangover hangs hank happen happened happening happens happier happiest happily happiness
happy harassed harassing harassment harbor hard harden hardened harder hardest hardly hardship hardware hardy hare
harm harmed harmful harmless harmony harness harp harry harsh hart harvest harvested harvesting has hash hashtag
hassle hat hatch hate hated hateful haters hates hath hating hatred hats haul hauled haunt haunted haunting have
haven having havoc hawk hawks hay hazard hazardous hazards haze hazel he head headache headaches headed header
heading headline headlines headphones headquarters heads headset heal healed healing health healthcare healthier
healthy heap hear heard hearing hearings hears heart heartbeat heartbreaking heartbroken heartfelt hearts heat
heated heater heath heather heating heats heaven heavenly heavens heavier heavily heavy heavyweight heck hectares
hector hedge heed heel heels height heightened heights heir heirs held helicopter helicopters helium hell hello helm
helmet helmets help helped helper helpful helping helpless helps hemisphere hemp hen hence hepatitis her herald herb
herbs herd here hereby hereditary herein heritage hero heroes heroic heroin heroine herring hers herself hesitant
hesitate hesitation hey hi hiatus hicks hid hidden hide hideous hides hiding hierarchy high higher highest highland
highlands highlight highlighted highlighting highlights highly highs highway highways hike hiking hilarious hill
hills him himself hind hint hinted hints hip hips hire hired hires hiring his historian historians historic
historical historically histories history hit hitch hits hitter hitting hive ho hoax hobbies hobby hockey hog hogan
hold holder holders holding holdings holds hole holes holiday holidays holiness hollow holly holocaust holy homage
home homecoming homeland homeless homelessness homemade homeowners homepage homer homes homestead hometown homework
homicide homophobic homosexual homosexuality honest honestly honesty honey honeymoon honor honorable honorary
honored honoring honors hood hoodie hook hooked hooker hooks hoop hoops hop hope hoped hopeful hopefully hopeless
hopes hoping hopper hopping horizon horizons horizontal hormone hormones horn horns horny horrendous horrible
horribly horrific horrified horrifying horror horrors horse horsepower horses hose hospital hospitality hospitalized
hospitals host hostage hostages hosted hostel hostile hostilities hostility hosting hosts hot hotel hotels hotter
hottest hound hour hourly hours house housed household households houses housewife housewives housing how however
hub hubby hubs hue hug huge hugely hugged hugging hugs huh hulk hull hum human humane humanitarian humanities
humanity humans humble humid humidity humiliated humiliating humiliation humility humor humorous hundred hundreds
hung hunger hungry hunt hunted hunter hunters hunting hurdle hurdles hurricane hurricanes hurry hurt hurting hurts
husband husbands hush hustle hut hybrid hydraulic hydrogen hygiene hymn hype hyped hyper hypertension hypocrisy
hypocrite hypothesis hypothetical hysterical i ice iced icing icon icons icy idea ideal ideally ideals ideas
identical identification identified identifies identify identifying identities identity ideological ideology idiot
idiots idle idol idols if ignition ignorance ignorant ignore ignored ignores ignoring ill illegal illegally
illegitimate illicit illness illnesses illuminated illusion illusions illustrate illustrated illustrates
illustration illustrations illustrator image imagery images imaginary imagination imaginative imagine imagined
imaging imagining imam imbalance imitation immature immediate immediately immense immensely immersed immersion
immigrant immigrants immigration imminent immoral immortal immortality immune immunity impact impacted impacts
impaired impairment impatient impeachment impending imperative imperfect imperial implant implants implement
implementation implemented implementing implicated implication implications implicit implied implies imply implying
import importance important importantly imported importing imports impose imposed imposing impossible impress
impressed impression impressions impressive imprisoned imprisonment improper improve improved improvement
improvements improves improving impulse in inability inaccurate inactive inadequate inadvertently inappropriate
inaugural inauguration inbox incapable incarnation incentive incentives inception inch inches incidence incident
incidentally incidents inclined include included includes including inclusion inclusive income incomes incoming
incompatible incompetence incompetent incomplete inconsistent inconvenience inconvenient incorporate incorporated
incorporates incorporating incorporation incorrect incorrectly increase increased increases increasing increasingly
incredible incredibly incumbent incurred indeed indefinite indefinitely independence independent independently index
indicate indicated indicates indicating indication indications indicative indicator indicators indices indicted
indictment indifferent indigenous indirect indirectly individual individually individuals indoor indoors induce
induced inducing induction indulge industrial industries industry ineffective inefficient inequality inevitable
inevitably inexpensive inexperienced infamous infant infantry infants infected infection infections infectious
inferior infinite infinitely infinity inflammation inflammatory inflated inflation inflicted influence influenced
influences influencing influential influenza influx info inform informal information informative informed informing
informs infrared infrastructure infringement ingredient ingredients inhabitants inhabited inherent inherently
inherit inheritance inherited initial initially initials initiate initiated initiation initiative initiatives inject
injected injection injections injunction injured injuries injury injustice ink inland inlet inmate inmates inn
innate inner inning innings innocence innocent innovation innovations innovative input inputs inquiries inquiry ins
insane insanity inscription insect insects insecure insecurity insensitive insert inserted inside insider insight
insightful insights insignificant insist insisted insistence insisting insists insomnia inspect inspected inspection
inspections inspector inspectors inspiration inspirational inspire inspired inspires inspiring instability install
installation installations installed installing installment instance instances instant instantly instead instinct
instincts institute instituted institutes institution institutional institutions instructed instruction
instructional instructions instructor instructors instrument instrumental instrumentation instruments insufficient
insulation insulin insult insulted insulting insults insurance insure insured insurer insurers intact intake
integral integrate integrated integrating integration integrity intel intellect intellectual intellectuals
intelligence intelligent intend intended intending intends intense intensely intensified intensity intensive intent
intention intentional intentionally intentions inter interact interacting interaction interactions interactive
intercept intercepted interception interchange intercourse interest interested interesting interestingly interests
interface interfaces interfere interference interfering interim interior interiors intermediate intern internal
internally international internationally internet internship interpret interpretation interpretations interpreted
interpreter interpreting interrogation interrupt interrupted intersection interstate interval intervals intervene
intervention interventions interview interviewed interviewer interviewing interviews intimacy intimate intimidated
intimidating into intolerance intricate intrigued intriguing intrinsic intro introduce introduced introduces
introducing introduction introductory intrusion intuition intuitive invade invaded invaders invading invalid
invaluable invariably invasion invasive invent invented invention inventions inventor inventory inverse inverted
invest invested investigate investigated investigating investigation investigations investigative investigator
investigators investing investment investments investor investors invincible invisible invitation invitations invite
invited invites inviting involve involved involvement involves involving ion ions iris iron ironic ironically irony
irrational irregular irrelevant irresistible irrespective irresponsible irrigation irritated irritating irritation
is island islanders islands isle isles isolate isolated isolation issue issued issues issuing it item items its
itself ivory ivy jack jacket jackets jackpot jacks jade jaguar jail jailed jam jams japan jar jars jasmine jasper
jaw jaws jay jays jazz jealous jealousy jeans jeep jeez jelly jeopardy jerk jersey jerseys jet jets jewel jewelry
jewels jihad jimmy job jobs jockey john johns join joined joining joins joint jointly joints joke joker jokes joking
jolly josh journal journalism journalist journalists journals journey journeys joy joyful jubilee judge judged
judgement judges judging judgment judgments judicial judiciary juice juices juicy jump jumped jumper jumping jumps
junction jungle junior juniors junk jurisdiction jurors jury just justice justices justification justified justify
juvenile kangaroo karaoke karate karma keen keep keeper keepers keeping keeps ken kept kernel ketchup kettle key
keyboard keynote keys keystone keywords khan kick kicked kicker kicking kickoff kicks kid kidding kidnap kidnapped
kidnapping kidney kidneys kids kill killed killer killers killing killings kills kilometers kin kind kinda
kindergarten kindle kindly kindness kinds kinetic king kingdom kingdoms kings kiss kissed kisses kissing kit kitchen
kite kits kitten kittens kitty knee knees knew knife knight knights knit knitting knives knob knock knocked knocking
knockout knocks knot knots know knowing knowingly knowledge knowledgeable known knows kudos lab label labeled
labeling labelled labels labor laboratories laboratory labs lace lack lacked lacking lacks lacrosse lad ladder laden
ladies lads lady lag lagoon laid lake lakes lama lamb lame lamp lamps lance land landed landing landlord landlords
landmark landmarks lands landscape landscapes landslide lane lanes language languages lantern lap laps lapse laptop
laptops large largely larger largest larvae laser lasers lashes last lasted lasting lastly lasts late lately later
lateral latest latex latitude latter laugh laughed laughing laughs laughter launch launched launches launching
laundering laundry laurel lava lavender lavish law lawful lawmakers lawn laws lawsuit lawsuits lawyer lawyers lax
lay layer layered layers laying layout lays lazy lea lead leader leaders leadership leading leads leaf leafs league
leagues leak leaked leaking leaks lean leaned leaning leap learn learned learners learning learns learnt lease
leased leases leash leasing least leather leave leaves leaving lecture lecturer lectures led ledge ledger lee left
leftist leftover leg legacy legal legalization legally legend legendary legends legged legion legislation
legislative legislators legislature legit legitimacy legitimate legs leisure lemon lemonade lend lender lenders
lending length lengths lengthy lens lenses lent leopard lesbian lesbians lesions less lesser lesson lessons lest let
lethal lets letter letters letting lettuce leukemia level levels lever leverage levy liabilities liability liable
liaison liar liars liberal liberalism liberals liberated liberation libertarian liberties liberty librarian
libraries library licence license licensed licenses licensing lick licking lid lie lied lies lieu lieutenant life
lifelong lifestyle lifetime lift lifted lifting lifts light lighter lighthouse lighting lightly lightning lights
lightweight like liked likelihood likely likes likewise liking lily limb limbs lime limestone limit limitation
limitations limited limiting limits limp line lineage linear lined linen liner lines lineup lingerie lingering
linguistic linguistics lining link linked linking links lion lions lip lips lipstick liquid liquidity liquids liquor
list listed listen listened listener listeners listening listens listing listings lists lit lite liter literacy
literal literally literary literature lithium litigation litter little live lived livelihood lively liver lives
livestock living lizard lo load loaded loading loads loaf loan loans lobby lobbying lobster local localities
locality localized locally locals locate located locating location locations lock locked locker locking locks
locomotive lodge lodged lodging loft log logged logging logic logical logically login logistics logo logos logs lone
loneliness lonely long longer longest longevity longing longtime look looked looking lookout looks loop loops loose
loosely loot looting lord lords lore lose loser losers loses losing loss losses lost lot lotion lots lottery lotus
loud louder loudly lounge love loved lovely lover lovers loves loving low lower lowered lowering lowest lows loyal
loyalty luck luckily lucky lucrative luggage lumber lump lunar lunatic lunch lunches lung lungs lure lurking lush
lust luxurious luxury lying lynch lyric lyrical lyrics machine machinery machines macro mad madam madame madden made
madness magazine magazines magic magical magician magistrate magistrates magnesium magnet magnetic magnificent
magnitude maid maiden mail mailed mailing mails main mainland mainly mains mainstream maintain maintained
maintaining maintains maintenance majestic majesty major majority majors make maker makers makes makeup making
malaria male males malicious mall malls malt malware mama mammals mammoth man manage managed management manager
managerial managers manages managing mandarin mandate mandated mandatory maneuver manga mango mania manifest
manifestation manifesto manipulate manipulated manipulating manipulation mankind manly manned manner manners manning
manor manpower mans mansion mantle mantra manual manually manufacture manufactured manufacturer manufacturers
manufactures manufacturing manuscript manuscripts many map maple mapped mapping maps marathon marble march marched
marches marching mare margin marginal margins maria marijuana marina marine mariners marines marital maritime mark
marked marker markers market marketed marketing marketplace markets marking markings marks marquis marriage
marriages married marrow marry marrying mars marsh marshal mart martial martin martyr martyrs marvel marvelous
mascot masculine mash mask masked masks mason mass massacre massage masses massive massively mast master mastered
mastering masterpiece masters mastery masturbation mat match matched matches matching mate material materials
maternal maternity mates math mathematical mathematics mating matrix mats matt matte matter mattered matters
mattress mature maturity max maximize maximum may maybe mayhem mayo mayor mayors maze me mead meadow meadows meal
meals mean meaning meaningful meaningless meanings means meant meantime meanwhile measure measured measurement
measurements measures measuring meat meats mechanic mechanical mechanics mechanism mechanisms medal medals media
median mediated mediation medic medical medically medication medications medicinal medicine medicines medieval
mediocre meditation medium meet meeting meetings meets meh melodies melody melt meltdown melted melting melts member
members membership membrane meme memes memo memoir memoirs memorable memorandum memorial memories memory men menace
mental mentality mentally mention mentioned mentioning mentions mentor menu menus merchandise merchant merchants
mercury mercy mere merely merge merged merger mergers merging merit merits mermaid merry mesa mesh mess message
messages messed messenger messiah messing messy met meta metabolic metabolism metal metallic metals metaphor meteor
meter meters methane method methodology methods metric metrics metro metropolis metropolitan mice mickey microphone
microscope microwave mid middle midland midlands midnight midst midway might mighty migrant migrants migrate
migration mike mild mildly mile mileage miles milestone militant militants military militia milk milky mill
millennium miller million millionaire millions mills mimic mind minded mindful mindfulness minds mine mined miner
mineral minerals miners mines mini miniature minimal minimize minimum mining minister ministerial ministers
ministries ministry minor minorities minority minors mint minus minute minutes miracle miracles miraculous mirror
mirrors miscellaneous misconduct miserable misery misguided misleading miss missed misses missile missiles missing
mission missionaries missionary missions mist mistake mistaken mistakenly mistakes mister mistress misunderstanding
misunderstood misuse mitigate mitigation mix mixed mixer mixes mixing mixture moaning mob mobile mobility mock
mocked mocking mod mode model modeled modeling modelling models modem moderate moderately moderation moderator
modern modes modest modification modifications modified modify modular module modules moist moisture mold mole
molecular molecule molecules mom moment moments momentum momma mommy moms monarch monarchy monastery monetary money
monitor monitored monitoring monitors monk monkey monkeys monks mono monopoly monster monsters monstrous month
monthly months monument monumental monuments mood moody moon moonlight moose moral morale morality morally morals
more moreover morning mornings morocco moron morons morphology morrow mortal mortality mortar mortgage mortgages
mosaic mosque mosques mosquito mosquitoes moss most mostly motel moth mother motherfucker mothers motif motion
motions motivate motivated motivation motivational motivations motive motives motor motorcycle motorcycles motors
motorway motto mound mount mountain mountains mounted mounting mounts mourn mourning mouse mouth mouths move moved
movement movements moves movie movies moving mu much mud muddy mug mule multi multimedia multinational multiplayer
multiple multiply multitude mum mummy mundane municipal municipalities municipality mural murder murdered murderer
murderers murdering murders muscle muscles muscular muse museum museums mushroom mushrooms music musical musician
musicians musk must mustache mustang mustard muster mutant mutants mutation mutations mute muted mutual mutually my
myriad myself mysteries mysterious mystery mystic mystical myth mythical mythology myths nail nailed nails naive
naked name named namely names naming nanny nap narcotics narrative narratives narrator narrow narrowed narrowly
nasal nasty natal nation national nationalism nationalist nationalists nationality nationally nationals nations
nationwide native natives natural naturally nature naughty nausea nautical naval navigate navigation navy nay near
nearby nearest nearly neat neatly necessarily necessary necessity neck necklace necks need needed needing needle
needles needless needs needy negative negatively negativity neglect neglected negligence negotiate negotiated
negotiating negotiation negotiations neighbor neighborhood neighborhoods neighboring neighbors neither neon nephew
nerd nerve nerves nervous nest nests net nets network networking networks neural neurological neurons neutral
neutrality neutron never nevertheless new newborn newcomer newcomers newer newest newly news newsletter newspaper
newspapers newton next nexus nice nicely nicer nicest niche nick nickel nickname nicknamed nicotine niece nigga
night nightclub nightly nightmare nightmares nights nine nineteen nineteenth ninety ninja ninth nipple nipples
nitrogen no nobility noble nobles nobody nod nodded node nodes noel noise noises noisy nominal nominate nominated
nomination nominations nominee nominees non none nonetheless nonprofit nonsense noodle noodles noon nope nor norm
normal normally norms north northeast northeastern northern northwest northwestern nose noses nostalgia nostalgic
not notable notably notation notch note notebook noted notes noteworthy nothing notice noticeable noticed notices
noticing notification notifications notified notify noting notion notions notorious notwithstanding noun nova novel
novelist novels novelty novice now nowadays nowhere nu nuclear nucleus nude nuggets nuisance null numb number
numbered numbers numerical numerous nun nuns nurse nursery nurses nursing nut nutrient nutrients nutrition
nutritional nuts nutshell nylon oak oaks oasis oath oats obedience obese obesity obey obituary object objected
objection objections objective objectives objects obligated obligation obligations obliged obscene obscure
observation observations observatory observe observed observer observers observing obsessed obsession obsessive
obsolete obstacle obstacles obstruction obtain obtained obtaining obvious obviously occasion occasional occasionally
occasions occupants occupation occupational occupations occupied occupies occupy occupying occur occurred occurrence
occurring occurs ocean oceans octopus odd oddly odds odor odyssey of off offend offended offender offenders
offending offense offenses offensive offer offered offering offerings offers office officer officers offices
official officially officials offline offs offset offshore offspring often oh oil oils okay old older oldest olive
omega ominous omitted on once one ones oneself ongoing onion onions online only onset onto onward onwards oops open
opened opener opening openings openly openness opens opera operate operated operates operating operation operational
operations operative operatives operator operators opinion opinions opium opponent opponents opportunities
opportunity oppose opposed opposing opposite opposition oppressed oppression oppressive opt opted optic optical
optics optimal optimism optimistic optimization optimized optimum option optional options or oracle oral orange
oranges orbit orbital orchard orchestra ordained ordeal order ordered ordering orderly orders ordinance ordinary
ordination ore organ organic organism organisms organization organizational organizations organize organized
organizer organizers organizing organs orgasm orient oriental orientation oriented origin original originally
originals originated originating origins orphan orphans orthodox other others otherwise ottoman ouch ought ounce
ounces our ours ourselves out outbreak outcome outcomes outdated outdoor outdoors outer outfit outfits outgoing
outing outlaw outlet outlets outline outlined outlines outlook output outrage outraged outrageous outreach outright
outs outset outside outsider outsiders outskirts outstanding outward oval ovarian oven over overall overboard
overcome overcoming overdose overdue overhaul overhead overheard overlap overlapping overload overlook overlooked
overlooking overly overnight overrated override overs overseas oversee oversight oversized overthrow overtime
overturned overview overweight overwhelmed overwhelming overwhelmingly ow owe owed owes owing owl owls own owned
owner owners ownership owning owns ox oxford oxide oxygen oyster oz ozone pace paced pacific pack package packaged
packages packaging packed packers packet packets packing packs pact pad paddle paddy pads pagan page pageant pages
paid pain painful painfully pains paint painted painter painters painting paintings paints pair paired pairing pairs
pal palace pale palette palm palms pals pan pancakes panda pandemic panel panels panic panicked pans panther
panthers panties pants papa papal paper paperback papers paperwork par parachute parade paradigm paradise paradox
paragraph paragraphs parallel parallels paralysis paralyzed parameter parameters paramount paranoia paranoid
paranormal parasite parasites parcel pardon parent parental parenthood parenting parents parish parity park parked
parking parks parliament parliamentary parody parole parrot parry parsons part parted partial partially participant
participants participate participated participating participation particle particles particular particularly parties
partisan partition partly partner partnered partners partnership partnerships parts party partying pass passage
passages passed passenger passengers passes passing passion passionate passions passive passport passports password
passwords past pasta paste pastor pastoral pastry pat patch patches patent patented patents path pathetic pathology
paths pathway pathways patience patient patiently patients patio patriot patriotic patriotism patriots patrol
patrols patron patronage patrons pattern patterns patty pause paved pavement pavilion paving paw pawn paws pay
payable paycheck payday paying payment payments payroll pays pea peace peaceful peacefully peach peaches peacock
peak peaked peaks peanut peanuts pear pearl pearls peas peasant peasants peck peculiar pedal pedestrian pedestrians
pediatric pee peek peel peer peers peg pen penal penalties penalty pence pencil pendant pending penetrate
penetration penguin penguins peninsula penis penny pens pension pensions pentagon people peoples pep pepper peppers
per perceive perceived percent percentage percentages perception perceptions perennial perfect perfection perfectly
perform performance performances performed performer performers performing performs perfume perhaps peril perimeter
period periodic periodically periods peripheral perks permanent permanently permission permit permits permitted
permitting perpetual persecuted persecution persist persistence persistent person persona personal personalities
personality personalized personally personnel persons perspective perspectives persuade persuaded persuasive
pertaining pest pesticides pests pet petals peter peters petite petition petitions petrol petroleum pets petty pew
phantom pharmaceutical pharmaceuticals pharmacy phase phases phenomena phenomenal phenomenon philosopher
philosophers philosophical philosophy phoenix phone phones phosphate photo photograph photographed photographer
photographers photographic photographs photography photos phrase phrases physical physically physician physicians
physicist physics physiological physiology pi pianist piano pick picked picking pickles picks pickup picnic picture
pictured pictures picturesque pie piece pieces pier pierce pierced piercing piers pies pig pigeon pigs pike pile
piled piles pilgrimage pilgrims pill pillar pillars pillow pillows pills pilot pilots pimp pin pinch pine pineapple
pines ping pink pinnacle pinned pins pint pioneer pioneering pioneers pipe pipeline pipelines piper pipes piping
piracy pirate pirates piss pissed pisses pissing pistol pistols piston pit pitch pitched pitcher pitchers pitches
pitching pits pity pivot pivotal pixel pixels pizza place placebo placed placement places placing plague plagued
plain plains plaintiff plaintiffs plan plane planes planet planetary planets plank planned planner planners planning
plans plant plantation plantations planted planting plants plaque plasma plaster plastic plastics plate plateau
plated plates platform platforms platinum platoon plausible play playable playboy played player players playful
playground playing playlist playoff playoffs plays plaza plea plead pleaded pleading pleas pleasant please pleased
pleasing pleasure pleasures pledge pledged plenty plight plot plots plotting plug plugged plugs plum plumbing plunge
plunged plural plurality plus pneumonia pocket pockets pod podcast podcasts podium pods poem poems poet poetic
poetry poets point pointed pointer pointers pointing pointless points poised poison poisoned poisoning poisonous
poke poker poking polar pole poles police policeman policemen policies policing policy polish polished polite
politely political politically politician politicians politics poll pollen polling polls pollution polo polymer pond
ponds pony pool pools poop poor poorer poorest poorly pop popcorn pope popped popping poppy pops popular popularity
populated population populations populous porcelain porch pores pork porn pornography port portable portal porter
portfolio portion portions portrait portraits portray portrayal portrayed ports pose posed poses posh posing
position positioned positioning positions positive positively possess possessed possesses possessing possession
possessions possibilities possibility possible possibly post postage postal postcard posted poster posterior posters
posting postpone postponed posts posture postwar pot potassium potato potatoes potent potential potentially pots
potter pottery pouch poultry pound pounding pounds pour poured pouring poverty powder power powered powerful
powerhouse powerless powers practical practically practice practiced practices practicing practise practising
practitioner practitioners pragmatic prairie praise praised praises praising prank pray prayed prayer prayers
praying preach preacher preaching precaution precautions preceded precedent preceding precinct precious
precipitation precise precisely precision precursor predator predators predecessor predecessors predict predictable
predicted predicting prediction predictions predicts predominantly prefer preferable preferably preference
preferences preferred prefers pregnancy pregnant prehistoric prejudice preliminary premature premier premiere
premise premises premium premiums prep preparation preparations preparatory prepare prepared prepares preparing pres
preschool prescribed prescription prescriptions presence present presentation presentations presented presenter
presenting presently presents preservation preserve preserved preserving presided presidency president presidential
presidents presiding press pressed presses pressing pressure pressured pressures prestige prestigious presumably
presume presumed pretend pretended pretending pretty prevail prevailed prevailing prevalence prevalent prevent
prevented preventing prevention preventive prevents preview previous previously prey price priced priceless prices
pricing prick pride priest priests primaries primarily primary prime primer primitive prince princes princess
principal principally principals principle principles print printed printer printers printing prints prior
priorities priority prism prison prisoner prisoners prisons privacy private privately privilege privileged
privileges privy prize prizes proactive probability probable probably probation probe probes problem problematic
problems procedural procedure procedures proceed proceeded proceeding proceedings proceeds process processed
processes processing procession processor processors proclaimed proclamation procurement produce produced producer
producers produces producing product production productions productive productivity products prof profession
professional professionalism professionally professionals professions professor professors proficiency profile
profiles profit profitability profitable profits profound profoundly program programme programmed programmer
programmers programmes programming programs progress progressed progresses progressing progression progressive
progressively prohibit prohibited prohibition prohibits project projected projecting projection projections
projector projects proliferation prolific prolonged prom prominence prominent prominently promise promised promises
promising promo promote promoted promoter promotes promoting promotion promotional promotions prompt prompted
prompting promptly prone pronounce pronounced pronouns pronunciation proof prop propaganda propelled proper properly
properties property prophecy prophet prophets proponents proportion proportional proportions proposal proposals
propose proposed proposes proposing proposition proprietary props propulsion pros prose prosecute prosecuted
prosecution prosecutor prosecutors prospect prospective prospects prosper prosperity prosperous prostate prostitute
prostitutes prostitution protagonist protect protected protecting protection protections protective protector
protects protein proteins protest protestant protested protesters protesting protestors protests protocol protocols
proton prototype proud proudly prove proved proven proves provide provided providence provider providers provides
providing province provinces provincial proving provision provisional provisions provocative provoke provoked
provoking proximity proxy prudent psalm pseudo psych psyche psychiatric psychiatrist psychiatry psychic psycho
psychological psychologist psychologists psychology psychotic pub puberty public publication publications publicity
publicly publish published publisher publishers publishes publishing pubs puck pudding puff pull pulled pulling
pulls pulmonary pulp pulse pump pumped pumping pumpkin pumps pun punch punched punches punching punish punished
punishing punishment punk punt pup pupil pupils puppet puppets puppies puppy purchase purchased purchases purchasing
pure purely purge purity purple purpose purposely purposes purse pursuant pursue pursued pursuing pursuit push
pushed pushes pushing pussy put puts putting puzzle puzzles pyramid python quad quake qualification qualifications
qualified qualifier qualify qualifying qualitative qualities quality quantitative quantities quantity quantum
quarantine quarry quarter quarterback quarterly quarters quartet quartz quasi queen queens queer queries query quest
question questionable questioned questioning questionnaire questions queue quick quicker quickest quickly quiet
quietly quirky quit quite quitting quiz quota quotation quote quoted quotes quoting rabbi rabbit rabbits race raced
racer races racial racing racism racist racists rack radar radial radiant radiation radical radically radicals radio
radioactive radios radius raft rag rage raging raid raided raiders raids rail railroad railroads rails railway
railways rain rainbow rainfall raining rains rainy raise raised raises raising rallies rally ram ramp rampage
rampant rams ran ranch random randomly randy rang range ranged ranger rangers ranges ranging rank ranked ranking
rankings ranks ransom rant rap rape raped rapid rapidly rapids raping rapist rapper rappers rare rarely rash
raspberry rat rate rated rates rather ratified rating ratings ratio rational rationale ratios rats rave raven ravens
raw ray rays razor re reach reached reaches reaching react reacted reacting reaction reactions reactive reactor
reactors reacts read reader readers readily readiness reading readings reads ready real realism realistic realities
reality realization realize realized realizes realizing really realm realms reap rear reason reasonable reasonably
reasoning reasons reassuring rebel rebellion rebels rebirth rebound rebounds rebuild rebuilding rebuilt recall
recalled recalls recap receipt receipts receive received receiver receivers receives receiving recent recently
reception receptor receptors recess recession recharge recipe recipes recipient recipients reckless reckon reclaim
recognition recognizable recognize recognized recognizes recognizing recommend recommendation recommendations
recommended recommending recommends reconcile reconciliation reconnaissance reconsider reconstruction record
recorded recorder recording recordings records recover recovered recovering recovery recreate recreation
recreational recruit recruited recruiting recruitment recruits rectangular recurring recycled recycling red redeem
redemption redesign redevelopment reds redskins reduce reduced reduces reducing reduction reductions redundant reed
reef reel reeves refer referee referees reference referenced references referendum referral referred referring
refers refined refinery refining reflect reflected reflecting reflection reflections reflective reflects reflex
reform reformation reformed reforms refrain refresh refreshing refrigerator refs refuge refugee refugees refund
refusal refuse refused refuses refusing regain regained regard regarded regarding regardless regards regeneration
regent reggae regime regiment regimes region regional regions register registered registering registers registration
registry regression regret regrets regretted regular regularly regulate regulated regulating regulation regulations
regulator regulators regulatory rehab rehabilitation rehearsal rehearsals reign reigning reigns reinforce reinforced
reinforcement reinforcements reject rejected rejecting rejection rejects rejoice relate related relates relating
relation relations relationship relationships relative relatively relatives relax relaxation relaxed relaxing relay
release released releases releasing relegated relegation relentless relevance relevant reliability reliable reliably
reliance reliant relics relied relief relies relieve relieved religion religions religious relocate relocated
relocation reluctance reluctant reluctantly rely relying remain remainder remained remaining remains remake remark
remarkable remarkably remarked remarks rematch remedies remedy remember remembered remembering remembers remembrance
remind reminded reminder reminding reminds reminiscent remnants remorse remote remotely removal remove removed
removes removing renaissance renal renamed render rendered rendering rendition renew renewable renewal renewed
renovated renovation renovations renowned rent rental rentals rented renting rents reopen reopened repair repaired
repairing repairs repay repayment repeal repeat repeated repeatedly repeating repeats repertoire repetition
repetitive replace replaced replacement replacements replaces replacing replay replica replicate replication replied
replies reply replying report reported reportedly reporter reporters reporting reports repository represent
representation representations representative representatives represented representing represents repression
reprinted reproduce reproduced reproduction reproductive reps republic republican republicans reputable reputation
request requested requesting requests require required requirement requirements requires requiring rescue rescued
research researched researcher researchers researching resemblance resemble resembles resembling resentment
reservation reservations reserve reserved reserves reservoir reservoirs reset reside residence residences residency
resident residential residents resides residing residual residue resign resignation resigned resilience resilient
resin resist resistance resistant resisted resisting resolution resolutions resolve resolved resolving resonance
resort resorts resource resources respect respectable respected respectful respectfully respecting respective
respectively respects respiratory respond responded respondents responding responds response responses
responsibilities responsibility responsible responsive rest restart restaurant restaurants rested resting restless
restoration restore restored restoring restrained restraining restraint restrict restricted restricting restriction
restrictions restrictive restructuring rests result resulted resulting results resume resumed resumes resurrection
retail retailer retailers retain retained retaining retains retaliation retarded retention rethink retina retire
retired retirement retiring retreat retrieve retrieved retrospective return returned returning returns reunion
reunited reveal revealed revealing reveals revelation revelations revenge revenue revenues reverend reversal reverse
reversed reversing review reviewed reviewer reviewers reviewing reviews revise revised revision revisions revival
revive revived revoked revolt revolution revolutionary revolver revolves revolving reward rewarded rewarding rewards
rewrite rhetoric rhino rhyme rhymes rhythm rhythms rib ribbon ribs rice rich richer riches richest rick rid ridden
riddle ride rider riders rides ridge ridiculous ridiculously riding riff rifle rifles rift rig rigged rigging right
righteous righteousness rightly rights rigid rigorous rim ring ringing rings rink rinse riot riots rip ripe ripped
ripping ripple rise risen rises rising risk risking risks risky rite rites ritual rituals rival rivalry rivals river
rivers riverside roach road roads roadside roam roaming roar roaring roast roasted rob robbed robbers robbery robe
robin robot robotic robotics robots robust rock rocked rocket rockets rocking rocks rocky rod rode rodeo rods roe
roger rogers rogue role roles roll rolled roller rolling rolls roman romance romantic roof roofs rooftop rookie room
roommate rooms root rooted rooting roots rope ropes rose rosemary roses roster rot rotary rotate rotating rotation
rotor rotten rouge rough roughly round rounded rounds route router routes routine routinely routines routing rover
rovers row rows royal royals royalties royalty rub rubbed rubber rubbing rubbish rubble ruby rude rue rug rugby
rugged ruin ruined ruining ruins rule ruled ruler rulers rules ruling rum rumble rumor rumors run runaway runner
runners running runoff runs runway rural rush rushed rushing rust rusty ruthless rye sabotage sack sacked sacks
sacred sacrifice sacrificed sacrifices sacrificing sad saddle sadly sadness safari safe safeguard safely safer
safest safety saga sage said sail sailed sailing sailor sailors sails saint saints sake salad salaries salary sale
sales salesman sally salmon salon saloon salsa salt salts salty salute salvage salvation same sample sampled samples
sampling samurai sanction sanctioned sanctions sanctuary sand sandals sanders sands sandstone sandwich sandwiches
sandy sane sang sanitation sanity sank sans sap sapphire sarcasm sarcastic sat satellite satellites satire
satisfaction satisfactory satisfied satisfy satisfying saturated sauce sausage savage savannah save saved saves
saving savings savior savvy saw sawyer say saying says scale scaled scales scaling scalp scam scan scandal scandals
scanned scanner scanning scans scar scarce scare scared scares scarf scarlet scars scary scattered scattering
scenario scenarios scene scenery scenes scenic scent schedule scheduled schedules scheduling scheme schemes
schizophrenia scholar scholarly scholars scholarship scholarships school schooling schools science sciences
scientific scientifically scientist scientists scissors scoop scooter scope score scored scorer scores scoring
scotch scout scouting scouts scrambled scrap scrape scrapped scratch scratched scratches scratching scream screamed
screaming screams screen screened screening screenplay screens screenshot screenshots screw screwed screwing screws
script scripted scripts scripture scriptures scroll scrolling scrolls scrub scrutiny sculpture sculptures scum sea
seafood seal sealed sealing seals seam search searched searches searching sears seas seaside season seasonal
seasoned seasons seat seated seating seats second secondary secondly seconds secrecy secret secretariat secretaries
secretary secretly secrets sect section sectional sections sector sectors secular secure secured securing securities
security sedan sediment see seed seeded seeds seeing seek seeker seekers seeking seeks seem seemed seeming seemingly
seems seen sees segment segments segregation seismic seize seized seizure seizures seldom select selected selecting
selection selections selective self selfie selfies selfish sell seller sellers selling sells selves semantic
semester semi semiconductor seminar seminars seminary senate senator senators send sending sends senior seniors
sensation sensational sense senses sensible sensing sensitive sensitivity sensor sensors sensory sent sentence
sentenced sentences sentencing sentiment sentimental sentiments sentinel separate separated separately separates
separating separation sequel sequence sequences sergeant serial series serious seriously seriousness sermon serpent
serum servant servants serve served server servers serves service services servicing serving sesame session sessions
set sets setting settings settle settled settlement settlements settlers settling setup seven seventeen seventh
seventy several severe severed severely severity sew sewage sewer sewing sex sexes sexism sexist sexual sexuality
sexually sexy shack shade shades shadow shadows shady shaft shah shake shaken shakes shaking shaky shale shall
shallow sham shame shameful shampoo shanghai shape shaped shapes shaping share shared shareholder shareholders
shares sharia sharing shark sharks sharp sharply shattered shave shaved shaving she shear shed shedding sheds sheep
sheer sheet sheets sheikh shelf shell shells shelter sheltered shelters shelves shepherd sheriff sherry shes shield
shields shift shifted shifting shifts shin shine shines shining shiny ship shipment shipments shipped shipping ships
shire shirt shirts shit shits shitting shitty shock shocked shocking shocks shoe shoes shook shoot shooter shooters
shooting shootings shootout shoots shop shoppers shopping shops shore shores short shortage shortages shortcomings
shortened shorter shortest shortly shorts shot shotgun shots should shoulder shoulders shout shouted shouting shouts
shove shoved shovel show showcase showdown showed shower showers showing shown shows shredded shrimp shrine shrink
shrinking shuffle shut shutdown shuts shutter shutting shuttle shy sibling siblings sick sickness side sided sides
sidewalk sideways siding siege sierra sigh sight sighted sights sigma sign signal signaling signalling signals
signature signatures signed significance significant significantly signing signs silence silent silently silicon
silicone silk silly silver similar similarities similarity similarly simple simpler simplest simplicity simplified
simplify simply sims simulate simulated simulation simulations simulator simultaneous simultaneously sin since
sincere sincerely sing singer singers singing single singles sings singular sinister sink sinking sinks sinners sins
sip sir sire siren sirens sister sisters sit sitcom site sites sits sitting situated situation situations six
sixteen sixth sixty size sized sizes skate skating skeleton skeptical skepticism sketch sketches ski skies skiing
skill skilled skills skin skinned skinny skins skip skipped skipper skipping skirt skirts skull sky skyline slab
slack slain slam slammed slams slang slap slapped slash slate slated slaughter slaughtered slave slavery slaves
slayer sleep sleeper sleeping sleeps sleepy sleeve sleeves slender slept slice sliced slices slick slid slide slides
sliding slight slightest slightly slim slip slipped slippery slipping slips slit slogan slope slopes sloppy slot
slots slow slowed slower slowing slowly slut sly smack small smaller smallest smart smarter smartest smartphone
smartphones smash smashed smashing smear smell smelled smelling smells smile smiled smiles smiley smiling smith
smoke smoked smokers smokes smoking smooth smoothly smuggling snack snacks snail snake snakes snap snapped snapping
snaps snatch snatched sneak sneakers sneaking sneaky sniff sniper snoop snow snowy so soak soaked soaking soap
soaring sobbing sober soccer social socialism socialist socialists socially societal societies society sociology
sock socket socks soda sodium sofa soft softball softer softly software soil soils solar sold soldier soldiers sole
solely solemn solicitor solid solidarity solitary solitude solo soluble solution solutions solve solved solvent
solving some somebody someday somehow someone something sometime sometimes somewhat somewhere son song songs
songwriter sonic sonny sons soon sooner soothing sophisticated sophomore sore sorrow sorry sort sorted sorting sorts
sought soul souls sound sounded sounding sounds soundtrack soup sour source sourced sources south southeast
southeastern southern southwest southwestern sovereign sovereignty soviet soviets sox soy spa space spacecraft
spaced spaces spacing spacious spaghetti spam span spanning spans spare spared spark sparked sparkling sparks
sparrow spatial spawned speak speaker speakers speaking speaks spear spears spec special specialist specialists
specialized specializes specializing specially specials specialty species specific specifically specification
specifications specifics specified specify specimen specimens specs spectacle spectacular spectator spectators
spectral spectrum speculate speculation speculative speech speeches speed speeding speeds speedy spell spelled
spelling spells spend spending spends spent sperm sphere spheres spice spices spicy spider spiders spies spike
spikes spill spilled spin spinach spinal spine spinning spins spiral spirit spirited spirits spiritual spirituality
spit spite spitting splash splendid split splits splitting spoil spoiled spoiler spoilers spoke spoken spokesman
spokesperson sponge sponsor sponsored sponsoring sponsors sponsorship spontaneous spooky spoon sport sporting sports
spot spotlight spots spotted spouse spouses spray sprayed spraying spread spreading spreads spree spring springs
sprint sprung spun spur spurs spy spying squad squadron squads square squares squash squat squeeze squeezed squid
squirrel stab stabbed stabbing stability stabilize stable stables stack stacked stacks stadium stadiums staff
staffing stage staged stages staggering staging stain stained stainless stains staircase stairs stake stakes stale
stalk stalker stalking stall stalls stamp stamped stamps stance stand standard standardized standards standby
standing standings standpoint stands staple staples star stare stared staring stark starred starring stars start
started starter starters starting startling starts startup startups starvation starve starved starving stash stat
state stated statement statements states statesman statewide static stating station stationary stationed stations
statistic statistical statistically statistics stats statue statues stature status statute statutes statutory stay
stayed staying stays steadily steady steak steal stealing steals stealth steam steel steep steer steering stein
stellar stem stems step stepped stepping steps stereo stereotype stereotypes sterile sterling stern steroids stew
steward stick sticker stickers sticking sticks sticky stiff stigma still stimulate stimulating stimulation stimulus
sting stink stint stir stirred stirring stitch stitches stock stocked stocking stockings stocks stoke stoked stokes
stole stolen stomach stone stoned stones stood stool stop stopped stopping stops storage store stored stores storey
stories storing storm storms stormy story stout stove straight straightforward strain strained strains strait strand
stranded strands strange strangely stranger strangers strap strapped straps strategic strategically strategies
strategy straw strawberries strawberry stray streak stream streamed streaming streams street streets strength
strengthen strengthened strengthening strengths stress stressed stresses stressful stressing stretch stretched
stretches stretching stricken strict strictly stride strife strike striker strikers strikes striking string
stringent strings strip stripe striped stripes stripped stripper stripping strips strive striving stroke strokes
stroll strong stronger strongest stronghold strongly struck structural structure structured structures struggle
struggled struggles struggling stubborn stuck stud student students studied studies studio studios study studying
stuff stuffed stuffing stumble stumbled stump stunned stunning stunt stupid stupidity sturdy style styled styles
styling stylish stylist sub subcommittee subdivision subject subjected subjective subjects sublime submarine
submarines submerged submission submissions submit submitted submitting subordinate subs subscribe subscribed
subscriber subscribers subscription subscriptions subsequent subsequently subset subsidiaries subsidiary subsidies
subsidy substance substances substantial substantially substantive substitute substituted substitution substrate
subtitles subtle suburb suburban suburbs subway succeed succeeded succeeding succeeds success successes successful
successfully succession successive successor such suck sucked sucker sucking sucks sudden suddenly sue sued suffer
suffered suffering suffers suffice sufficient sufficiently sugar sugars suggest suggested suggesting suggestion
suggestions suggests suicidal suicide suicides suing suit suitable suitcase suite suited suites suits sulfur sultan
sum summary summed summer summers summit summon summoned summons sums sun sung sunglasses sunk sunlight sunny
sunrise suns sunset sunshine super superb superficial superintendent superior superiority superman supermarket
supermarkets supernatural superstar supervised supervision supervisor supervisors supper supplement supplemental
supplements supplied supplier suppliers supplies supply supplying support supported supporter supporters supporting
supportive supports suppose supposed supposedly suppress suppressed suppression supremacy supreme sure surely surf
surface surfaced surfaces surfing surge surgeon surgeons surgeries surgery surgical surname surpassed surplus
surprise surprised surprises surprising surprisingly surreal surrender surrendered surrey surround surrounded
surrounding surroundings surrounds surveillance survey surveyed surveys survival survive survived survives surviving
survivor survivors susceptible sushi suspect suspected suspects suspend suspended suspense suspension suspicion
suspicions suspicious sustain sustainable sustained sustaining swallow swallowed swamp swan swap swarm swat sway
swear swearing sweat sweater sweating sweaty sweep sweeping sweet sweetest sweetheart sweetie sweetness sweets swell
swelling swept swift swiftly swim swimmer swimmers swimming swine swing swinging swings swipe switch switched
switches switching swollen sword swords swore sworn swung symbol symbolic symbolism symbols symmetry sympathetic
sympathy symphony symposium symptom symptoms synagogue sync syndicate syndrome synonymous syntax synthesis synthetic
syrup system systematic systematically systemic systems tab table tables tablet tablets taboo tabs tackle tackles
tackling taco tacos tactic tactical tactics tad tag tagged tags tail tailor tailored tails take taken takeover takes
taking tale talent talented talents tales talk talked talking talks tall taller tallest tally tame tan tandem tang
tangible tangled tango tank tanker tanks tanner tap tape taped tapes tapped tapping taps tar target targeted
targeting targets tariff tariffs task tasked tasks taste tasted tastes tasting tasty tattoo tattooed tattoos taught
tavern tax taxation taxed taxes taxi taxing taxis taxpayer taxpayers tea teach teacher teachers teaches teaching
teachings team teamed teammate teammates teams teamwork tear tearing tears tease teaser teasing tech technical
technically technician technicians technique techniques techno technological technologies technology tedious tee
teen teenage teenager teenagers teens teeth telecommunications telegram telegraph telephone telescope televised
television tell teller telling tells temp temper temperature temperatures tempered template temple temples tempo
temporal temporarily temporary temptation tempted tempting ten tenant tenants tend tended tendencies tendency tender
tends tennis tenor tens tense tension tensions tent tentative tenth tents tenure tequila term termed terminal
terminals terminate terminated termination terminology terms terrace terrain terrestrial terrible terribly terrific
terrified terrifying territorial territories territory terror terrorism terrorist terrorists terry tertiary test
testament tested testified testify testimony testing testosterone tests text textbook textbooks texted textile
textiles texting texts texture textures than thank thanked thankful thankfully thanking thanks thanksgiving that
thatcher the theater theaters theatre theatres theatrical thee theft their theirs them theme themes themselves then
theological theology theorem theoretical theoretically theories theorists theory therapeutic therapies therapist
therapists therapy there thereafter thereby therefore therein thereof thermal these thesis they thick thicker
thickness thief thieves thigh thighs thin thing things think thinkers thinking thinks thinner third thirds thirst
thirsty thirteen thirty this thorn thorough thoroughly those thou though thought thoughtful thoughts thousand
thousands thread threads threat threaten threatened threatening threatens threats three threshold threw thrift
thrill thrilled thriller thrilling thrive thriving throat throne thrones throttle through throughout throw throwing
thrown throws thru thrust thug thugs thumb thumbs thunder thus thy thyroid tick ticket tickets ticking tidal tide
tides tidy tie tied tier ties tiger tigers tight tighten tighter tightly tile tiles till tilt timber time timed
timeless timeline timely timer times timetable timing tin tinder tiny tip tipped tipping tips tire tired tires
tissue tissues tit titan titanic titanium titans title titled titles tits to toast tobacco today toddler toe toes
together toilet toilets token tokens told tolerance tolerant tolerate tolerated toll tom tomato tomatoes tomb
tomorrow ton tone toned tones tongue tongues tonight tonnes tons tony too took tool tools tooth top topic topical
topics topped topping tops torch tore torn tornado torpedo torque torrent torso torture tortured toss tossed total
totally totals touch touchdown touchdowns touched touches touching tough tougher toughest tour toured touring
tourism tourist tourists tournament tournaments tours tow toward towards towel towels tower towers town towns
township toxic toxicity toxins toy toys trace traced traces tracing track tracked tracker tracking tracks tract
traction tractor trade traded trademark trader traders trades trading tradition traditional traditionally traditions
traffic trafficking tragedy tragic trail trailer trailers trailing trails train trained trainee trainer trainers
training trains trait traitor traitors traits trajectory tram trance trans transaction transactions transcript
transcription transcripts transfer transferred transferring transfers transform transformation transformations
transformed transformers transforming transforms transit transition transitional transitions translate translated
translates translating translation translations translator transmission transmit transmitted transmitter
transmitting transparency transparent transplant transport transportation transported transporting trap trapped
traps trash trauma traumatic travel traveled traveler travelers traveling travelled traveller travellers travelling
travels traverse tray tread treason treasure treasurer treasures treasury treat treated treaties treating treatment
treatments treats treaty tree trees trek tremendous tremendously trench trenches trend trending trends trendy trial
trials triangle triangular tribal tribe tribes tribunal tribune tribute trick tricked tricks tricky tried tries
trigger triggered triggering triggers trillion trilogy trim trimmed trinity trio trip triple tripped tripping trips
triumph trivia trivial troll trolley trolling trolls troop trooper troops trophies trophy tropical trouble troubled
troubles troubling trough trousers trout troy truce truck trucks true truly trump trumpet trumps trunk trunks trust
trusted trustee trustees trusting trusts trustworthy truth truthful truths try trying tsunami tub tube tuberculosis
tubes tuck tucked tucker tug tuition tumble tummy tumor tumors tuna tune tuned tunes tuning tunnel tunnels turbine
turbines turbulence turbulent turf turkey turmoil turn turnaround turned turner turning turnout turnover turns
turret turtle turtles tutor tutorial tutorials tweet tweeted tweeting tweets twelfth twelve twenties twentieth
twenty twice twilight twin twins twist twisted twisting twists twitch twitter two tying type typed types typhoon
typical typically typing tyranny ubiquitous ugh ugly uh ultimate ultimately ultra ultrasound um umbrella unable
unacceptable unanimous unanimously unarmed unauthorized unavailable unaware unbearable unbelievable unbelievably
uncertain uncertainty unchanged uncle unclear uncomfortable uncommon unconditional unconscious unconstitutional
unconventional uncover uncovered undefeated under underage undercover underestimate undergo undergoing undergone
undergraduate underground underlying undermine underneath underrated understand understandable understanding
understands understood undertake undertaken undertaking undertook underwater underwear underwent underworld undo
undocumented undoubtedly uneasy unemployed unemployment uneven unexpected unexpectedly unfair unfamiliar unfinished
unfit unfold unforgettable unfortunate unfortunately unhappy unhealthy unicorn unidentified unified uniform uniforms
union unions unique uniquely unit unite united units unity universal universally universe universities university
unjust unknown unlawful unleash unleashed unless unlike unlikely unlimited unlock unlocked unlucky unmarried unnamed
unnatural unnecessarily unnecessary unnoticed unofficial unpaid unpleasant unpopular unprecedented unpredictable
unpublished unreal unrealistic unreasonable unrelated unreliable unrest unsafe unseen unstable unstoppable
unsuccessful unsure until unto untouched untrue unused unusual unusually unveiled unwanted unwilling up upbeat
upbringing upcoming update updated updates updating upfront upgrade upgraded upgrades upgrading upheld uphold upload
uploaded uploading upon upper upright uprising ups upset upsetting upside upstairs upstream upward upwards uranium
urban urge urged urgency urgent urgently urges urging urine us usable usage use used useful useless user username
users uses usher using usual usually uterus utilities utility utilization utilize utilized utilizing utmost utter
utterly vacancies vacancy vacant vacation vacations vaccination vaccine vaccines vacuum vagina vaginal vague vaguely
vain vale valentine valid validate validation validity valley valleys valuable valuation value valued values valve
valves vampire vampires van vanguard vanilla vanished vanity vans vapor variable variables variance variant variants
variation variations varied varies varieties variety various varsity vary varying vascular vase vast vastly vat
vault vector vectors vegan vegetable vegetables vegetarian vegetation veggies vehicle vehicles veil vein veins
velocity velvet vendor vendors vengeance venom vent ventilation venture ventures venue venues verb verbal verbally
verbs verdict verge verification verified verify versatile verse verses version versions versus vertical vertically
very vessel vessels vest vested vet veteran veterans veterinary veto vets via viability viable vibe vibes vibrant
vibration vibrations vice vicinity vicious victim victims victor victories victorious victory video videos view
viewed viewer viewers viewing viewpoint views vigorous vile villa village villagers villages villain villains villas
vine vinegar vines vineyard vintage vinyl viola violate violated violates violating violation violations violence
violent violently violet violin viral virgin virginity virtual virtually virtue virtues virus viruses visa visas
visibility visible vision visionary visions visit visited visiting visitor visitors visits vista visual visually
visuals vital vitality vitamin vitamins vivid vocabulary vocal vocalist vocals vocational vodka vogue voice voiced
voices void volatile volatility volcanic volcano volleyball vols voltage volume volumes voluntarily voluntary
volunteer volunteered volunteering volunteers vomit vomiting voodoo vortex vote voted voter voters votes voting
voucher vouchers vow vows voyage vulgar vulnerability vulnerable wade wage wager wages wagon wagons waist wait
waited waiter waiting waitress waits waived waiver wake wakes waking wales walk walked walker walkers walking walks
wall walled wallet wallpaper walls walnut wan wand wander wandered wanderers wandering wanna want wanted wanting
wants war ward warden wardrobe wards ware warehouse warehouses warfare warm warmed warmer warming warmth warn warned
warning warnings warns warp warrant warranted warrants warranty warren warrior warriors wars wartime wary was wash
washed washing waste wasted wasting watch watched watches watching water waterfall waterfront watering waterproof
waters watershed watt watts wave waved wavelength waves waving wax way ways we weak weaken weakened weakening weaker
weakest weakness weaknesses wealth wealthy weapon weapons wear wearing wears weary weather weave weaver weaving web
webcam website websites wed wedding weddings wedge wee weed weeds week weekend weekends weekly weeks weeping weigh
weighed weighing weighs weight weighted weights weir weird welcome welcomed welcomes welcoming welding welfare well
wellington wells welsh went were west western wet whack whale whales wharf what whatever whats whatsoever wheat
wheel wheelchair wheeler wheels when whenever where whereabouts whereas whereby wherein wherever whether which
whichever while whilst whining whip whipped whiskey whisky whisper whispered whispering whispers whistle white
whites who whoa whoever whole wholesale wholesome wholly whom whoops whore whose why wicked wicket wickets wide
widely widening wider widespread widow width wife wig wiki wild wildcats wilder wilderness wildlife wildly will
willing willingly willingness willow wills win wind winding window windows winds windshield windy wine wines wing
winged winger wings wink winner winners winning wins winter winters wipe wiped wipes wiping wire wired wireless
wires wiring wisdom wise wisely wiser wish wished wishes wishing wit witch witchcraft witches with withdraw
withdrawal withdrawals withdrawing withdrawn withdrew within without withstand witness witnessed witnesses
witnessing witty wives wizard wizards woke wolf wolverine wolves woman womb women won wonder wondered wonderful
wonderfully wondering wonderland wonders wont woo wood wooden woodland woods woody wool word wording words wore work
worked worker workers workforce working workload workout workouts workplace works workshop workshops world worlds
worldwide worm worms worn worried worries worry worrying worse worship worst worth worthless worthwhile worthy would
wound wounded wounds woven wow wrap wrapped wrapping wraps wrath wreck wrecked wrestle wrestler wrestlers wrestling
wright wrist wrists write writer writers writes writing writings written wrong wrongly wrote wrought yacht yahoo
yard yards yarn ye yea yeah year yearbook yearly years yeast yell yelled yelling yellow yells yen yep yes yesterday
yet yield yielded yielding yields yo yoga yogurt you young younger youngest youngsters your yours yourself
yourselves youth youthful youths yum yummy yup zebra zen zero zinc zip zodiac zombie zombies zone zones zoning zoo
zoom
""".split())

NAMES: frozenset[str] = frozenset("""
aaron adam afghanistan africa alabama alan alaska albert alex alexander ali alice allen amanda america amsterdam amy
anderson andrew andy angela ann anna anne anthony antonio apr april arabia argentina arizona arnold arthur ashley
asia atlanta austin australia austria ave bailey baltimore barbara barcelona barry beijing belgium ben benjamin
bennett berlin bernard birmingham blair blake boston bradley brandon brazil bristol britain broadway brooklyn bruce
california cambridge cameron campbell canada carl carolina caroline carter catherine chan charlie charlotte chelsea
chicago christopher clark clarke cleveland cole colin colorado columbia connecticut craig cruz cuba dakota dan
daniel danny dave david december delhi denmark denver derek detroit diana diego donald doug dubai dublin dylan
easter eddie edinburgh edward egypt elizabeth ellen emily emma england europe february florida france francisco
franklin fred friday gary geneva george georgia germany glasgow gordon graham greece greg halloween hamilton
hampshire hannah harold harper harrison harvard harvey hawaii helen henry hindu holland hong houston howard hudson
hugh india indiana indonesia iowa iran iraq ireland israel israeli italy jackson jacob jake jamie jan jane january
jason java jeff jefferson jennifer jeremy jerry jerusalem jesse jessica jim joan joe johnny johnson jon jonathan
jordan jose joseph juan julia julie july june justin karen karl kate keith kelly kennedy kenny kent kentucky kenya
kevin kim kong korea kyle larry laura lawrence lebanon leo leonard lincoln linda lisa liverpool lloyd logan london
louise louisiana lucy luke mac madison madrid maine malaysia malcolm manchester manhattan marc margaret marie mario
marshall mary maryland matthew melbourne mexico miami michael michelle michigan milan milwaukee minnesota
mississippi missouri mitchell monday montana montreal moore morgan moscow murphy murray nancy nathan neil nelson
nevada newcastle nigeria nintendo norman norway november october ohio oklahoma oliver ontario oregon orlando oscar
owen pakistan pakistani palmer parker patrick paul pennsylvania perry pete phil philadelphia philip pittsburgh
poland portland portugal puerto putin queensland rachel ralph richard richmond rio robert robinson rome ron roy
russell russia ruth ryan sam samsung samuel sarah saturday saudi scotland scott seattle sen september shakespeare
shaw simon simpson singapore singh spain spencer stan stanley stephen steve steven stewart stuart sunday susan
sweden switzerland sydney syria taiwan taylor ted tennessee thailand thompson thursday tim todd tokyo tommy toronto
tuesday tyler ukraine utah vancouver victoria vietnam vincent virginia wallace walter warner washington watson wayne
wednesday westminster william wilson wisconsin york yorkshire zealand
""".split()) - WORDS
