"""Demo content for the "Peru Support Group" site: pure data, read by `builder.py`.

All authors and all quotations are fictional; quotations are attributed to unnamed
people "speaking to the PSG". Facts about Peru are kept to the broadly established and
hedged where the detail is uncertain.
"""

from datetime import date

CREDIT = "Illustration: Peru Support Group"

SITE = {
    "organisation_name": "Peru Support Group",
    "strapline": "Independent research and advocacy for human rights in Peru",
    "contact_email": "info@perusupportgroup.example",
    "footer": (
        "<p>The Peru Support Group is a UK-based, volunteer-run membership organisation working for "
        "human rights, social inclusion and sustainable development in Peru. This is a demonstration "
        "site: its authors and quotations are fictional.</p>"
    ),
    "social_links": [
        {"label": "Mastodon", "url": "https://mastodon.example/@psg"},
        {"label": "Bluesky", "url": "https://bsky.example/psg"},
    ],
    "home_intro": (
        "News, analysis and research on human rights, the environment and democracy in Peru, "
        "from a small UK group that works alongside Peruvian organisations."
    ),
    "join_call": {
        "title": "Become a member",
        "text": (
            "Our work is paid for and shaped by our members. Join us to receive our briefings "
            "and help keep Peru’s human rights on the agenda in the UK."
        ),
    },
}

TOPICS = [
    {
        "slug": "human-rights",
        "name": "Human rights",
        "description": "Civil, political, economic and social rights in Peru, and the institutions meant to protect them.",
    },
    {
        "slug": "mining-and-environment",
        "name": "Mining and environment",
        "description": "The social and environmental effects of mining, oil and other extractive industries.",
    },
    {
        "slug": "indigenous-peoples",
        "name": "Indigenous peoples",
        "description": "The rights, territories and political voice of Peru’s Andean and Amazonian indigenous peoples.",
    },
    {
        "slug": "politics",
        "name": "Politics",
        "description": "Elections, governments, Congress and the health of Peru’s democratic institutions.",
    },
    {
        "slug": "economy-and-trade",
        "name": "Economy and trade",
        "description": "Growth, poverty, trade agreements and who gains from Peru’s natural wealth.",
    },
    {
        "slug": "justice-and-memory",
        "name": "Justice and memory",
        "description": "Accountability for past abuses and how Peru remembers the internal armed conflict of 1980–2000.",
    },
    {
        "slug": "social-conflict",
        "name": "Social conflict",
        "description": "Protests, disputes over land and water, and the way the state responds to dissent.",
    },
    {
        "slug": "climate-and-water",
        "name": "Climate and water",
        "description": "Glacier loss, water scarcity and what a changing climate means for Peruvian communities.",
    },
]

AUTHORS = [
    {
        "slug": "eleanor-whitcombe",
        "name": "Eleanor Whitcombe",
        "bio": (
            "Eleanor Whitcombe is the PSG’s volunteer research coordinator and has followed mining "
            "disputes in the northern Andes for more than a decade. She previously worked for a "
            "development charity in Cajamarca and Lima."
        ),
    },
    {
        "slug": "tomas-arrieta-hale",
        "name": "Tomás Arrieta Hale",
        "bio": (
            "Tomás Arrieta Hale writes on trade, public finance and poverty for the PSG. He has a "
            "background in development economics and divides his time between Bristol and Arequipa."
        ),
    },
    {
        "slug": "rosalind-quenby",
        "name": "Rosalind Quenby",
        "bio": (
            "Rosalind Quenby sits on the PSG’s steering committee and has a long-standing interest in "
            "transitional justice. She has written on truth commissions in the Andes and on the search "
            "for Peru’s disappeared."
        ),
    },
    {
        "slug": "gareth-penhallow",
        "name": "Gareth Penhallow",
        "bio": (
            "Gareth Penhallow covers Peruvian politics and elections for the PSG. A former lecturer in "
            "Latin American studies, he has observed several Peruvian election campaigns at first hand."
        ),
    },
    {
        "slug": "ines-calderwood",
        "name": "Inés Calderwood",
        "bio": (
            "Inés Calderwood works with indigenous organisations in the Peruvian Amazon on land rights "
            "and environmental monitoring. She writes for the PSG on indigenous affairs and the Amazon."
        ),
    },
]

ARTICLES = [
    # ------------------------------------------------------------------ 2016
    {
        "slug": "peru-hosts-apec",
        "title": "Peru hosts APEC",
        "date": date(2016, 11, 13),
        "type": "news",
        "topics": ["economy-and-trade", "politics"],
        "authors": ["tomas-arrieta-hale"],
        "featured": True,
        "standfirst": (
            "As Asia-Pacific leaders gather in Lima, the Kuczynski government hopes to win Asian trade "
            "and investment. Donald Trump’s election has thrown the region’s trade plans into doubt."
        ),
        "image": {"motif": "city", "caption": "Lima, host city for the 2016 APEC leaders’ week", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Leaders and ministers from the Asia-Pacific Economic Cooperation forum arrive in Lima "
                "this week, with the summit programme running from 14 to 20 November. For the government of "
                "Pedro Pablo Kuczynski, in office for less than four months, the gathering is a chance to "
                "present Peru as an open economy in search of closer commercial ties with Asia, as a market "
                "for its exports and as a source of capital. Ministers will be watching to see which "
                "agreements, if any, the week produces.</p>"
            )),
            ("heading", "A trade pact in trouble"),
            ("paragraph", (
                "<p>The agreement Lima most hoped to celebrate now looks unlikely to survive. The "
                "Trans-Pacific Partnership (TPP), signed by twelve countries including Peru, cannot take "
                "effect without the United States, and Donald Trump’s victory last week has all but ended "
                "the chances of ratification in Washington. Its prospects were poor whoever won: Hillary "
                "Clinton, who had backed the negotiations as Secretary of State, had also turned against "
                "the final text. For the Obama administration the pact was as much strategic as commercial, "
                "a way of writing the rules of Pacific trade with China left outside. In Peru, meanwhile, "
                "critics such as public health campaigners worried about longer patent protection for "
                "medicines argued that its costs for some sectors had been played down.</p>"
            )),
            ("callout", {
                "title": "APEC at a glance",
                "text": (
                    "<p><a href=\"https://www.apec.org/\">APEC</a> brings together 21 Pacific Rim economies, "
                    "among them the United States, China, Japan, Russia, Chile, Mexico and Peru. Peru joined "
                    "in 1998 and last hosted the leaders’ meeting in 2008. The forum’s decisions are not "
                    "binding; its value lies mainly in the contacts and side deals it makes possible.</p>"
                ),
            }),
            ("heading", "China’s opening"),
            ("paragraph", (
                "<p>The likely winner is China. President Xi Jinping comes to Lima as the champion of "
                "alternative arrangements for the region, above all a proposed Free Trade Area of the "
                "Asia-Pacific that would put Beijing rather than Washington at the centre of the region’s "
                "commercial networks. Senior Chinese diplomats have signalled that Beijing means to take "
                "advantage of the American retreat. China is already one of Peru’s biggest export markets, "
                "especially for copper, and Chinese companies hold major stakes in Peruvian mining.</p>"
            )),
            ("paragraph", (
                "<p>Peru is not the only Latin American country with a stake in the outcome. Chile and "
                "Mexico also signed the TPP, and together with Colombia the three countries form the Pacific "
                "Alliance, a bloc that has courted Asian investors with a market-friendly image. Kuczynski, usually seen "
                "as a friend of the United States, has taken Mexico’s side against the border wall that "
                "Trump promised during his campaign, an unusually outspoken position.</p>"
            )),
            ("paragraph", (
                "<p>Where all this leaves Peru’s foreign economic policy is an open question. The veteran "
                "columnist Mirko Lauer expects the country to move closer to China while its long-standing "
                "alignment with the United States slowly loosens. For those concerned with the social and "
                "environmental record of the investment that follows, the terms of any such shift will "
                "matter as much as its direction.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2014
    {
        "slug": "conga-two-years-on",
        "title": "Conga: two years after the Celendín deaths",
        "date": date(2014, 7, 3),
        "type": "briefing",
        "topics": ["mining-and-environment", "social-conflict", "climate-and-water"],
        "authors": ["eleanor-whitcombe"],
        "featured": False,
        "standfirst": (
            "Two years after five people were killed during protests against the Conga mine, the project "
            "is frozen, but the questions it raised about water, consent and policing in Cajamarca remain."
        ),
        "image": {"motif": "mountains", "caption": "Highland lakes and wetlands in the Cajamarca region", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>This week marks two years since five people died when police and soldiers confronted "
                "protesters in Celendín and Bambamarca, in the northern region of Cajamarca, in early July "
                "2012. The demonstrators were opposing Conga, a large gold and copper project put forward by "
                "Minera Yanacocha, a company owned mainly by the US firm Newmont with Peru’s Buenaventura as "
                "a partner. Families of the dead say they are still waiting for the investigations to "
                "produce results.</p>"
            )),
            ("heading", "Why water is at the heart of it"),
            ("paragraph", (
                "<p>Conga would involve draining several high-altitude lakes and replacing them with "
                "artificial reservoirs. For farming families downstream, the lakes and the wetlands around "
                "them are part of a system that feeds springs and irrigation channels through the dry "
                "season. The company argues that its reservoirs would store more water than the lakes they "
                "replace. Many local people do not believe that engineered storage can stand in for a living "
                "watershed, and years of complaints about water quality near Yanacocha’s existing operations "
                "have done little to reassure them.</p>"
            )),
            ("quote", {
                "text": (
                    "They tell us the reservoirs will be better than the lakes. But the lakes were here "
                    "before the company, and we will need them after it has gone."
                ),
                "attribution": "A farmer from Celendín province, speaking to the PSG",
            }),
            ("paragraph", (
                "<p>The government of Ollanta Humala, elected in 2011 after promising voters in Cajamarca "
                "that water would come before gold, ended up declaring states of emergency in the affected "
                "provinces. Yanacocha said in 2012 that it would build the reservoirs first and hold back the "
                "mine itself, and the project has in effect been on hold ever since. The company has said "
                "publicly that it does not intend to proceed without local acceptance, a commitment "
                "campaigners mean to hold it to.</p>"
            )),
            ("callout", {
                "title": "Conga in brief",
                "text": (
                    "<p>Where: the provinces of Celendín, Hualgayoc and Cajamarca, in the Cajamarca region. "
                    "Who: Minera Yanacocha (Newmont and Buenaventura). Status: suspended since late 2011. "
                    "Main concern: the loss of highland lakes and wetlands that feed local water supplies.</p>"
                ),
            }),
            ("paragraph", (
                "<p>The dispute has also reshaped regional politics. Gregorio Santos, Cajamarca’s regional "
                "president and a leading opponent of the mine, was placed in pre-trial detention last month "
                "on corruption charges that he denies; his supporters regard the case as politically "
                "motivated. Meanwhile the land dispute between Yanacocha and Máxima Acuña, a farmer who has "
                "refused to leave a plot near one of the lakes, has drawn international attention to the "
                "unequal power of the parties. The PSG will continue to follow both.</p>"
            )),
        ],
    },
    {
        "slug": "saweto-leaders-killed",
        "title": "Asháninka leaders murdered near Brazilian border",
        "date": date(2014, 9, 12),
        "type": "news",
        "topics": ["indigenous-peoples", "human-rights"],
        "authors": ["ines-calderwood"],
        "featured": False,
        "standfirst": (
            "Edwin Chota and three other Asháninka men from Saweto, who had campaigned for years against "
            "illegal logging on their land, have been killed in a remote part of Ucayali."
        ),
        "image": {"motif": "forest", "caption": "Rainforest in the Ucayali region, near the border with Brazil", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Four men from the Asháninka community of Alto Tamaya–Saweto, in the Amazonian region of "
                "Ucayali, were killed at the start of September while travelling through the forest towards "
                "the border with Brazil. Among them was Edwin Chota, the community’s best-known leader, who "
                "had spent years trying to secure legal title to Saweto’s land and to stop loggers from "
                "stripping it of valuable timber. The others were Jorge Ríos Pérez, Leoncio Quintisima "
                "Meléndez and Francisco Pinedo Ramírez.</p>"
            )),
            ("paragraph", (
                "<p>Saweto lies several days from the nearest town by river, and news of the killings took "
                "about a week to reach the authorities; community members had to make the journey "
                "themselves to report what had happened. Suspicion has fallen on people involved in illegal "
                "logging, although the investigation is at an early stage.</p>"
            )),
            ("heading", "Warnings that went unheeded"),
            ("paragraph", (
                "<p>Chota made no secret of the danger he faced. He reported threats to the authorities on "
                "several occasions and named those he believed were logging the community’s forest. His "
                "campaign had attracted journalists and environmental organisations abroad, but that "
                "attention never turned into protection on the ground. The killings show how the lack of "
                "secure land title leaves indigenous communities exposed: without it, they struggle to keep "
                "outsiders away and to persuade officials to act.</p>"
            )),
            ("quote", {
                "text": (
                    "Edwin always said that once the land was ours on paper, they would have to leave us "
                    "alone. He did not live to see the paper."
                ),
                "attribution": "A member of an Ucayali indigenous federation, speaking to the PSG",
            }),
            ("callout", {
                "title": "What we are asking for",
                "text": (
                    "<p>The PSG supports the calls of Peruvian indigenous organisations for a prompt and "
                    "independent investigation, for protection of the victims’ families, and for Saweto’s "
                    "land title to be granted without further delay.</p>"
                ),
            }),
            ("paragraph", (
                "<p>The killings come as Peru prepares to host the United Nations climate conference in Lima "
                "in December, where the government will want to be seen as a responsible steward of the "
                "Amazon. A credible response to the deaths at Saweto, and a serious effort against the "
                "illegal timber trade, would support that claim far better than any speech.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2016
    {
        "slug": "bagua-defendants-acquitted",
        "title": "Bagua defendants acquitted",
        "date": date(2016, 9, 26),
        "type": "news",
        "topics": ["indigenous-peoples", "justice-and-memory", "social-conflict"],
        "authors": ["ines-calderwood", "rosalind-quenby"],
        "featured": False,
        "standfirst": (
            "A court in Amazonas has acquitted all 53 people tried over the violence at Bagua in June 2009, "
            "among them the indigenous leader Alberto Pizango. Thirty-three people died in the events."
        ),
        "image": {"motif": "river", "caption": "River valleys in the Amazonian foothills of northern Peru", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>More than seven years after the violence on the stretch of highway known as the Curva del "
                "Diablo, near the town of Bagua, a criminal court has acquitted all 53 defendants tried in "
                "connection with the events. They included Alberto Pizango, who at the time led AIDESEP, the "
                "national federation of Amazonian indigenous peoples, and who faced charges including "
                "incitement. The court found that the prosecution had not proved its case.</p>"
            )),
            ("heading", "What happened in 2009"),
            ("paragraph", (
                "<p>In 2009 Awajún and Wampís people, together with other Amazonian peoples, kept roads "
                "blocked for weeks in protest at a series of decrees issued by the government of Alan García. "
                "The decrees were issued under powers delegated to implement a free trade agreement with the "
                "United States, and indigenous organisations believed they would open their lands to "
                "logging, oil and agribusiness without their consent. On 5 June police moved in to clear the "
                "road. In the violence that followed, at the roadblock and at an oil pumping station where "
                "police officers were being held, 23 police officers and ten civilians died. One police "
                "officer has never been found.</p>"
            )),
            ("quote", {
                "text": (
                    "For seven years our brothers carried the label of criminals for defending the forest. "
                    "Today the court has said what we always knew."
                ),
                "attribution": "An Awajún community leader, speaking to the PSG after the verdict",
            }),
            ("paragraph", (
                "<p>The acquittals bring relief to the defendants and their families, many of whom have spent "
                "years travelling to hearings at considerable cost. They do not close the matter. Other cases "
                "arising from the events have followed their own paths through the courts, and the families "
                "of the police officers who died also say that they are still waiting for a full account of "
                "how the operation was planned and who decided to clear the road by force.</p>"
            )),
            ("callout", {
                "title": "The legacy of Bagua",
                "text": (
                    "<p>The two most contested decrees were repealed within weeks of the violence. The crisis "
                    "also strengthened the case for a law on prior consultation of indigenous peoples, which "
                    "Congress passed in 2011 and which President Ollanta Humala signed in the Bagua area.</p>"
                ),
            }),
        ],
    },
    # ------------------------------------------------------------------ 2017
    {
        "slug": "oil-and-the-rivers-of-loreto",
        "title": "Oil and the rivers of Loreto",
        "date": date(2017, 3, 20),
        "type": "report",
        "topics": ["indigenous-peoples", "mining-and-environment"],
        "authors": ["ines-calderwood"],
        "featured": False,
        "standfirst": (
            "Our new report looks at four decades of oil extraction in Peru’s northern Amazon, the spills "
            "from the ageing Northern Peruvian Pipeline, and what affected communities say they need."
        ),
        "image": {"motif": "river", "caption": "A river in Loreto, Peru’s largest region", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Oil has been pumped from the forests of Loreto since the early 1970s. For most of that "
                "time the costs have fallen on the Achuar, Quechua, Kukama and other peoples living along "
                "the Pastaza, Corrientes, Tigre and Marañón rivers, which for years received the salty, "
                "metal-laden water brought up with the crude. This report draws together official findings, "
                "the testimony of community monitors and the work of Peruvian and international "
                "researchers.</p>"
            )),
            ("heading", "What we found"),
            ("paragraph", (
                "<p>Environmental emergencies have been declared in all four river basins in recent years, "
                "after official monitoring found contamination in soil and water. The Northern Peruvian "
                "Pipeline, operated by the state company Petroperú and built in the 1970s, has ruptured "
                "repeatedly. In early 2016 two major spills, at Chiriaco in Amazonas and near Morona in "
                "Loreto, sent crude into streams that indigenous communities use for drinking water and "
                "fishing. Reports that local children had been paid to help collect the oil, with little or "
                "no protection, caused particular alarm.</p>"
            )),
            ("quote", {
                "text": (
                    "When the oil comes, the fish die or taste of petrol, and we are told to wait. We have "
                    "been waiting since before I was born."
                ),
                "attribution": "An indigenous environmental monitor from the Corrientes basin, interviewed for the report",
            }),
            ("heading", "Whose responsibility?"),
            ("paragraph", (
                "<p>Responsibility is shared: the companies that ran the oil blocks, the state that licensed "
                "them and the regulators charged with supervising them all have a part. Under a 2015 "
                "agreement with the government, communities in the four basins won commitments on clean-up "
                "and a fund to pay for it, but progress on the ground has been slow. With oil prices lower "
                "and Petroperú under financial pressure from the costly modernisation of its Talara "
                "refinery, there is a real risk that maintenance will continue to be neglected.</p>"
            )),
            ("callout", {
                "title": "Our recommendations",
                "text": (
                    "<p>An independent assessment of the whole pipeline; a full inventory and clean-up of "
                    "contaminated sites, with communities involved in setting priorities; long-term health "
                    "monitoring and care for people exposed to heavy metals; and formal recognition of the "
                    "indigenous monitors who have documented most of the spills.</p>"
                ),
            }),
        ],
    },
    # ------------------------------------------------------------------ 2018
    {
        "slug": "truth-commission-at-fifteen",
        "title": "The Truth Commission at fifteen",
        "date": date(2018, 8, 28),
        "type": "comment",
        "topics": ["justice-and-memory", "human-rights"],
        "authors": ["rosalind-quenby"],
        "featured": False,
        "standfirst": (
            "Fifteen years ago today, Peru’s Truth and Reconciliation Commission delivered its final report. "
            "Many of its recommendations remain unfulfilled, and its findings are still contested."
        ),
        "image": {"motif": "sun", "caption": "Remembering the victims of the internal armed conflict", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>On 28 August 2003 the Truth and Reconciliation Commission (CVR) handed its final report "
                "to the Peruvian state. Its central estimate was stark: some 69,000 people had died or "
                "disappeared in the conflict that began in 1980, far more than had been assumed. The "
                "Shining Path was held responsible for the largest share of the deaths, but the commission "
                "also documented killings, torture, sexual violence and disappearances by the armed forces "
                "and police on a large scale.</p>"
            )),
            ("paragraph", (
                "<p>Just as striking was who the victims were. Roughly three in four had Quechua or another "
                "indigenous language as their mother tongue, and most were poor country people from regions "
                "such as Ayacucho, Huancavelica and Apurímac. The commission concluded that the indifference "
                "of urban Peru to their suffering was itself part of the story, and a sign of deep-rooted "
                "discrimination.</p>"
            )),
            ("quote", {
                "text": (
                    "We were told the report would change how the country saw us. It changed how some "
                    "people saw us. It did not change enough."
                ),
                "attribution": "A member of a relatives’ association in Ayacucho, speaking to the PSG",
            }),
            ("heading", "A mixed record"),
            ("paragraph", (
                "<p>There has been progress. A reparations programme and a register of victims were set up, "
                "and thousands of people have received individual or collective reparations, if often modest "
                "ones. Alberto Fujimori’s conviction in 2009 for the Barrios Altos and La Cantuta killings "
                "showed that even a former head of state could be held to account, although the pardon he "
                "received last December, now under review in the courts, has clouded that achievement. A law "
                "on the search for the disappeared was passed in 2016, and the Place of Memory opened in "
                "Lima at the end of 2015.</p>"
            )),
            ("paragraph", (
                "<p>Much remains undone. Thousands of people are still missing, and recovered remains are "
                "identified slowly. Prosecutions have advanced case by case, often over decades. The "
                "commission’s findings are still attacked by politicians who regard it as biased against the "
                "armed forces, and in parts of the country the label ‘terrorist’ is still used to silence "
                "people who ask uncomfortable questions.</p>"
            )),
            ("paragraph", (
                "<p>Fifteen years on, the best tribute to the commission would be to take up its unfinished "
                "agenda: full reparations, a properly funded search for the disappeared, and an honest "
                "national conversation about why so many deaths went unnoticed for so long.</p>"
            )),
        ],
    },
    {
        "slug": "fujimori-pardon-annulled",
        "title": "Judge overturns Fujimori pardon",
        "date": date(2018, 10, 5),
        "type": "news",
        "topics": ["justice-and-memory", "politics"],
        "authors": ["rosalind-quenby"],
        "featured": False,
        "standfirst": (
            "A Supreme Court judge has annulled the humanitarian pardon granted to Alberto Fujimori last "
            "December and ordered that the former president return to prison."
        ),
        "image": None,
        "body": [
            ("paragraph", (
                "<p>A judge of Peru’s Supreme Court ruled on 3 October that the pardon granted to former "
                "president Alberto Fujimori on Christmas Eve 2017 has no legal effect, and ordered that he be "
                "returned to custody to complete his sentence. Fujimori, now 80, was convicted in 2009 and "
                "sentenced to 25 years for his responsibility for the killings at Barrios Altos in 1991 and "
                "La Cantuta in 1992, carried out by an army death squad, and for two kidnappings. He was "
                "admitted to a clinic in Lima shortly after the ruling was announced.</p>"
            )),
            ("heading", "A pardon under a cloud"),
            ("paragraph", (
                "<p>Pedro Pablo Kuczynski granted the pardon on health grounds only days after surviving a "
                "vote in Congress on his removal, thanks to the abstention of a group of legislators close "
                "to Fujimori’s son Kenji. Critics immediately suggested that the two events were connected, "
                "which Kuczynski denied. He resigned in March this year amid a separate scandal over alleged "
                "vote-buying.</p>"
            )),
            ("paragraph", (
                "<p>The ruling rests on the obligations Peru has accepted under the American Convention on "
                "Human Rights. The Inter-American Court of Human Rights, which supervises compliance with its "
                "judgments in the Barrios Altos and La Cantuta cases, had asked Peru’s own courts to examine "
                "whether the pardon was compatible with them. The judge concluded that it was not, given the "
                "gravity of the crimes and the rights of the victims’ families.</p>"
            )),
            ("quote", {
                "text": (
                    "Nobody asked our families, and our grief was treated as a bargaining chip. Today, at "
                    "least, the law has remembered us."
                ),
                "attribution": "A relative of one of the La Cantuta victims, speaking to the PSG",
            }),
            ("callout", {
                "title": "What happens next",
                "text": (
                    "<p>Fujimori’s lawyers are expected to appeal, and his supporters in Congress have floated "
                    "measures that could let older prisoners serve their sentences at home. The case remains a "
                    "test of whether Peru can apply the law equally to the powerful.</p>"
                ),
            }),
        ],
    },
    # ------------------------------------------------------------------ 2019
    {
        "slug": "gold-mercury-madre-de-dios",
        "title": "Gold, mercury and the law in Madre de Dios",
        "date": date(2019, 5, 14),
        "type": "report",
        "topics": ["mining-and-environment", "human-rights"],
        "authors": ["eleanor-whitcombe", "ines-calderwood"],
        "featured": False,
        "standfirst": (
            "A new PSG report examines the crackdown on illegal gold mining at La Pampa and asks whether it "
            "can last without real alternatives for the thousands of people who depend on the trade."
        ),
        "image": {"motif": "forest", "caption": "Rainforest in Madre de Dios, southern Peru", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>For more than a decade the southern Amazonian region of Madre de Dios has been the centre "
                "of a gold rush. High gold prices and the paving of the Interoceanic Highway to Brazil drew "
                "tens of thousands of people into small-scale mining, much of it informal or plainly illegal. "
                "The area known as La Pampa, in the buffer zone of the Tambopata National Reserve, became its "
                "most notorious site: cleared forest, pools of contaminated water and makeshift settlements "
                "strung along the road.</p>"
            )),
            ("heading", "The costs"),
            ("paragraph", (
                "<p>The damage takes several forms. Satellite studies have recorded the loss of tens of "
                "thousands of hectares of forest to mining. Miners use mercury to separate the gold, and much "
                "of it ends up in the rivers, the air and the fish that many families eat; researchers have "
                "found high mercury levels among people in the region, with indigenous communities among the "
                "most exposed. Labour exploitation, including the trafficking of women and girls for sexual "
                "exploitation in mining camps, has been documented repeatedly by Peruvian authorities and "
                "NGOs.</p>"
            )),
            ("quote", {
                "text": (
                    "People here know the mercury is poison. But when there is no other work, you breathe it "
                    "and you eat it and you hope."
                ),
                "attribution": "A health worker in Puerto Maldonado, interviewed for the report",
            }),
            ("heading", "Operation Mercury"),
            ("paragraph", (
                "<p>In February the government of Martín Vizcarra launched Operation Mercury, a large joint "
                "police and military deployment to clear La Pampa, with promises of permanent bases, health "
                "services and investment. Mining in the area has since fallen sharply, according to both "
                "official and independent monitoring. Our research suggests, however, that some miners have "
                "simply moved elsewhere in the region, and that the social programmes promised alongside the "
                "crackdown are lagging behind.</p>"
            )),
            ("callout", {
                "title": "Key recommendations",
                "text": (
                    "<p>Keep the state present at La Pampa beyond the first phase of the operation; invest in "
                    "legal livelihoods and in health care for mercury exposure; close the loopholes that let "
                    "illegal gold be laundered through the formalisation process; and protect indigenous "
                    "communities and reserves from the next wave of mining.</p>"
                ),
            }),
            ("paragraph", (
                "<p>Madre de Dios shows that enforcement alone is not enough. Unless the state can offer work, "
                "services and a credible route to legality, the incentives behind illegal mining will endure "
                "for as long as the gold price stays high.</p>"
            )),
        ],
    },
    {
        "slug": "tia-maria-licence-frozen",
        "title": "Tía María: a licence granted, then frozen",
        "date": date(2019, 8, 14),
        "type": "analysis",
        "topics": ["mining-and-environment", "social-conflict", "climate-and-water"],
        "authors": ["eleanor-whitcombe"],
        "featured": False,
        "standfirst": (
            "The decision to license Southern Copper’s Tía María project, followed weeks later by its "
            "suspension, shows how little has been settled in one of Peru’s longest-running mining disputes."
        ),
        "image": {"motif": "coast", "caption": "Farmland in the Tambo valley, Arequipa", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>In July the government of Martín Vizcarra granted a construction licence for Tía María, a "
                "copper project owned by Southern Copper, part of Grupo México, in the province of Islay in "
                "Arequipa. The decision set off an indefinite strike in the Tambo valley and demonstrations in "
                "the city of Arequipa. Within weeks the licence was suspended pending a review by the Mining "
                "Council, and the government promised dialogue. Neither side is satisfied.</p>"
            )),
            ("heading", "A valley that lives from water"),
            ("paragraph", (
                "<p>The Tambo valley is one of the most productive farming areas on Peru’s southern coast, "
                "growing rice, sugar cane, potatoes and other crops with water from the Tambo river. Farmers "
                "fear that dust and pollution from an open-pit mine on the valley’s edge will harm their "
                "fields and the river. The company says it will use desalinated seawater rather than river "
                "water and that its methods are modern and safe. The problem is partly one of trust: an "
                "earlier environmental impact assessment was heavily criticised in a 2011 review by the UN "
                "Office for Project Services, which raised well over a hundred observations.</p>"
            )),
            ("quote", {
                "text": (
                    "They talk to us about technology. We talk to them about our children’s future. It is as "
                    "if we were speaking two different languages."
                ),
                "attribution": "A rice farmer from Cocachacra, speaking to the PSG",
            }),
            ("heading", "A history of deaths"),
            ("paragraph", (
                "<p>The dispute has already cost lives. Protesters were killed in clashes with police in 2011, "
                "and several more people, among them a police officer, died during protests in 2015. Those "
                "deaths have never been fully accounted for, and they weigh heavily on any attempt at "
                "dialogue. A government that wants to build trust could start by establishing what happened "
                "and who was responsible.</p>"
            )),
            ("paragraph", (
                "<p>Tía María also exposes a wider gap. Peru has no effective way of deciding whether a mining "
                "project should proceed when the people most affected reject it. Prior consultation under the "
                "2011 law applies only to communities recognised as indigenous, which the Tambo valley’s "
                "farmers are not considered to be. Until there is a fairer way of weighing local objections "
                "against national economic interests, the cycle of licence, protest and suspension is likely "
                "to repeat itself.</p>"
            )),
        ],
    },
    {
        "slug": "vizcarra-dissolves-congress",
        "title": "Vizcarra dissolves Congress",
        "date": date(2019, 10, 3),
        "type": "analysis",
        "topics": ["politics"],
        "authors": ["gareth-penhallow"],
        "featured": False,
        "standfirst": (
            "President Martín Vizcarra’s decision to close Congress has proved popular, but it raises hard "
            "questions about Peru’s constitution and the balance between its institutions."
        ),
        "image": {"motif": "city", "caption": "Lima’s historic centre, seat of the presidency and Congress", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>On 30 September President Martín Vizcarra announced the dissolution of Congress and called "
                "fresh legislative elections for 26 January 2020. The move followed months of confrontation "
                "with a legislature dominated by Keiko Fujimori’s Fuerza Popular and its allies, which had "
                "blocked or watered down many of his anti-corruption reforms and shelved his proposal to bring "
                "the general elections forward by a year.</p>"
            )),
            ("heading", "The constitutional argument"),
            ("paragraph", (
                "<p>Peru’s 1993 constitution allows a president to dissolve Congress once it has censured or "
                "refused confidence to two cabinets. Congress had already done so once, in 2017, when it "
                "brought down the cabinet of Fernando Zavala under Vizcarra’s predecessor. This time the "
                "trigger was the selection of new judges for the Constitutional Tribunal. The government made "
                "the procedure for choosing them a question of confidence; Congress pressed ahead and voted "
                "for a candidate regardless. Vizcarra argued that this amounted to a refusal of confidence in "
                "substance, if not in form.</p>"
            )),
            ("paragraph", (
                "<p>Congress replied by voting to suspend the president and swearing in the vice-president, "
                "Mercedes Aráoz, in his place. The gesture collapsed within a day: the armed forces and police "
                "declared their support for Vizcarra, and Aráoz resigned. For now the legislature’s Permanent "
                "Commission continues to sit until a new Congress is elected.</p>"
            )),
            ("quote", {
                "text": (
                    "People were celebrating in the streets, but I kept thinking: what happens the next time "
                    "a president decides he does not like Congress?"
                ),
                "attribution": "A law student in Lima, speaking to the PSG",
            }),
            ("callout", {
                "title": "What to watch",
                "text": (
                    "<p>The Constitutional Tribunal is likely to be asked whether the dissolution was lawful. "
                    "The January elections will produce a Congress that sits only until 2021 to complete the "
                    "current term. And the investigations linked to the Odebrecht bribery affair, which have "
                    "reached almost every recent president, will keep shaping the political climate.</p>"
                ),
            }),
            ("paragraph", (
                "<p>Polls suggest that a large majority of Peruvians back the president, reflecting deep "
                "frustration with a Congress widely seen as obstructive and self-serving. That support is "
                "understandable. But the episode also shows how fragile Peru’s institutions have become, and "
                "how easily mechanisms designed as a last resort can turn into weapons in a struggle for "
                "power.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2020
    {
        "slug": "merino-resigns",
        "title": "Merino quits after deadly protests",
        "date": date(2020, 11, 17),
        "type": "news",
        "topics": ["politics", "human-rights", "social-conflict"],
        "authors": ["gareth-penhallow"],
        "featured": False,
        "standfirst": (
            "Manuel Merino has resigned after five days as president, following mass protests in which two "
            "young men were killed. Congress has chosen Francisco Sagasti to lead the country until July."
        ),
        "image": None,
        "body": [
            ("paragraph", (
                "<p>Peru now has its third president in little more than a week. On 9 November Congress voted "
                "to remove Martín Vizcarra on grounds of ‘permanent moral incapacity’, citing allegations, "
                "which he denies, that he took bribes while governor of Moquegua several years ago. The "
                "president of Congress, Manuel Merino, took office the next day. Protests began almost at "
                "once, led largely by young people who saw the removal as a power grab by a discredited "
                "legislature in the middle of a pandemic and only months before scheduled elections.</p>"
            )),
            ("heading", "Two deaths in Lima"),
            ("paragraph", (
                "<p>On the night of 14 November police in central Lima fired tear gas and shotgun pellets at "
                "demonstrators. Two young men, Inti Sotelo and Jack Bryan Pintado, were killed, and many "
                "others were injured. Human rights organisations also received reports of protesters who "
                "could not be located for hours or days afterwards. Merino resigned the following day, after "
                "most of his cabinet had walked out.</p>"
            )),
            ("quote", {
                "text": (
                    "We did not go out for Vizcarra. We went out because they thought they could do anything "
                    "and nobody would stop them."
                ),
                "attribution": "A university student who joined the protests, speaking to the PSG",
            }),
            ("paragraph", (
                "<p>After more than a day with no head of state, Congress chose Francisco Sagasti, an engineer "
                "and centrist legislator who had voted against Vizcarra’s removal, as its new president, "
                "making him president of the republic. He has promised to hold the April 2021 elections as "
                "planned and to respect the right to protest.</p>"
            )),
            ("callout", {
                "title": "Our concerns",
                "text": (
                    "<p>The PSG calls for a prompt and independent investigation into the deaths and injuries "
                    "of 14 November, including the chain of command, and for a review of police use of force "
                    "against peaceful protesters in line with international standards.</p>"
                ),
            }),
        ],
    },
    # ------------------------------------------------------------------ 2021
    {
        "slug": "forced-sterilisations-victims-wait",
        "title": "Forced sterilisations: victims still wait",
        "date": date(2021, 3, 15),
        "type": "briefing",
        "topics": ["human-rights", "justice-and-memory", "indigenous-peoples"],
        "authors": ["rosalind-quenby"],
        "featured": False,
        "standfirst": (
            "A court in Lima is considering whether Alberto Fujimori and former health ministers should stand "
            "trial over the sterilisation of thousands of women in the 1990s without their informed consent."
        ),
        "image": None,
        "body": [
            ("paragraph", (
                "<p>Between 1996 and 2000, under a national family planning programme promoted by the "
                "government of Alberto Fujimori, more than 270,000 women and over 20,000 men were sterilised, "
                "according to official figures. The programme was presented as a way of fighting poverty and "
                "widening access to contraception. Since then thousands of women, most of them poor, rural "
                "and Quechua-speaking, have said that they were pressured, misled or operated on without "
                "being told what was being done to them. Some died of complications.</p>"
            )),
            ("heading", "Two decades of closed files"),
            ("paragraph", (
                "<p>Prosecutors opened and closed investigations several times over the following years, each "
                "time concluding that there was not enough evidence of a deliberate policy. Victims’ "
                "organisations, backed by Peruvian and international human rights groups, kept up the "
                "pressure. In 2015 the government set up a national register of victims of forced "
                "sterilisation, in which several thousand people have since enrolled, but it has not yet led "
                "to reparations.</p>"
            )),
            ("quote", {
                "text": (
                    "They told me it was a check-up. When I woke up, I could not have any more children. "
                    "Nobody has ever said sorry."
                ),
                "attribution": "A member of a victims’ association in Cusco, speaking to the PSG",
            }),
            ("paragraph", (
                "<p>The current proceedings, before a judge in Lima, will decide whether charges against "
                "Fujimori and former health ministers can go to trial. Hearings held so far this year have "
                "been repeatedly delayed, and campaigners have complained about the lack of adequate "
                "interpretation for Quechua-speaking women. For women who have waited a quarter of a century, "
                "reaching a courtroom at all matters, but it is still a long way from justice.</p>"
            )),
            ("callout", {
                "title": "The case of Mamérita Mestanza",
                "text": (
                    "<p>Mamérita Mestanza, a woman from Cajamarca, died in 1998 after being sterilised under "
                    "pressure from health workers. Her case went to the Inter-American Commission on Human "
                    "Rights, and in 2003 the Peruvian state reached a friendly settlement in which it accepted "
                    "responsibility and undertook to investigate. Campaigners say many of those commitments "
                    "have not been met.</p>"
                ),
            }),
        ],
    },
    {
        "slug": "castillo-confirmed",
        "title": "Castillo confirmed as president-elect",
        "date": date(2021, 7, 21),
        "type": "analysis",
        "topics": ["politics"],
        "authors": ["gareth-penhallow"],
        "featured": False,
        "standfirst": (
            "Six weeks after a knife-edge run-off, the electoral authorities have confirmed Pedro Castillo as "
            "Peru’s next president. He takes office in a divided country battered by the pandemic."
        ),
        "image": {"motif": "mountains", "caption": "Rural Cajamarca, Pedro Castillo’s home region", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>On 19 July Peru’s National Elections Jury (JNE) proclaimed Pedro Castillo the winner of the "
                "presidential run-off held on 6 June. His margin over Keiko Fujimori was roughly 44,000 votes "
                "out of more than 17 million valid ballots, one of the narrowest in the country’s history. "
                "Castillo will be sworn in on 28 July, the bicentenary of Peru’s declaration of "
                "independence.</p>"
            )),
            ("heading", "A long wait"),
            ("paragraph", (
                "<p>The delay came from Fujimori’s campaign, which challenged hundreds of tally sheets and "
                "alleged fraud. International observers, including missions from the Organization of American "
                "States and the European Union, reported no serious irregularities, and the electoral bodies "
                "rejected the challenges. Even so, the episode has damaged confidence in the electoral system "
                "among a sizeable share of voters, and it may colour the new government’s relations with "
                "Congress from the outset.</p>"
            )),
            ("quote", {
                "text": (
                    "For the first time, someone who looks like us and talks like us will be in the palace. "
                    "That does not mean we will agree with everything he does."
                ),
                "attribution": "A teacher from Chota, Cajamarca, speaking to the PSG",
            }),
            ("heading", "Who is Castillo?"),
            ("paragraph", (
                "<p>Castillo is a rural primary-school teacher and union activist from the province of Chota "
                "in Cajamarca, who came to national attention during a teachers’ strike in 2017. He stood for "
                "Perú Libre, a party that calls itself Marxist-Leninist, although during the run-off he tried "
                "to reassure voters and investors that he would not seize private property. His support was "
                "concentrated overwhelmingly in rural and southern Peru, while Fujimori ran strongest in Lima "
                "and other coastal cities.</p>"
            )),
            ("paragraph", (
                "<p>The agenda awaiting him is daunting. Peru has suffered one of the highest Covid-19 death "
                "rates in the world, poverty has risen sharply, and Congress is split among many parties, few "
                "of them friendly. His promise of a constituent assembly to replace the 1993 constitution will "
                "meet stiff resistance. How he handles these pressures will decide whether the hopes of the "
                "voters who elected him are met.</p>"
            )),
        ],
    },
    {
        "slug": "prior-consultation-at-ten",
        "title": "Prior consultation at ten",
        "date": date(2021, 9, 6),
        "type": "analysis",
        "members_only": True,
        "topics": ["indigenous-peoples", "human-rights"],
        "authors": ["ines-calderwood"],
        "featured": False,
        "standfirst": (
            "Ten years after Peru adopted a law on the prior consultation of indigenous peoples, it has opened "
            "doors that were closed before. It has not given communities a real say over the projects that "
            "affect them most."
        ),
        "image": None,
        "body": [
            ("paragraph", (
                "<p>On 6 September 2011 President Ollanta Humala signed the law on the right of indigenous "
                "peoples to prior consultation. He chose to do so in the Amazonian region of Amazonas, not far "
                "from Bagua, where 33 people had died in 2009 during protests over decrees affecting "
                "indigenous lands. The law was meant to give effect to ILO Convention 169, which Peru had "
                "ratified in 1994 but largely ignored in practice.</p>"
            )),
            ("heading", "What has changed"),
            ("paragraph", (
                "<p>Since the law came into force the state has carried out dozens of consultation processes, "
                "many of them concerning oil and gas blocks, mining projects, protected areas and national "
                "policies. The Ministry of Culture has built up a database of indigenous peoples, and "
                "indigenous languages have gained a more visible place in public administration. Indigenous "
                "organisations acknowledge that consultation has created a formal space for dialogue with the "
                "state where none existed before.</p>"
            )),
            ("heading", "What has not"),
            ("paragraph", (
                "<p>The limits, however, are significant. Consultation does not give communities the power to "
                "refuse a project; the final decision rests with the state. Processes often take place late, "
                "after the key decisions on concessions have been made, and some major projects have gone "
                "ahead without any consultation at all. There has also been a long argument over who counts "
                "as indigenous. Many Quechua- and Aymara-speaking communities in the Andes, among those most "
                "affected by mining, have been treated as ineligible on the grounds that they are peasant "
                "rather than indigenous communities.</p>"
            )),
            ("quote", {
                "text": "They consult us about the colour of the paint when the house has already been sold.",
                "attribution": "A Kichwa representative from Loreto, speaking to the PSG",
            }),
            ("paragraph", (
                "<p>A decade on, the law is best seen as an unfinished foundation. Building on it would mean "
                "consulting earlier, recognising Andean communities consistently, moving towards the standard "
                "of free, prior and informed consent set out in international instruments, and making sure "
                "that agreements reached through consultation are actually honoured.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2022
    {
        "slug": "ventanilla-oil-spill",
        "title": "Oil spill fouls coast north of Lima",
        "date": date(2022, 1, 31),
        "type": "briefing",
        "topics": ["mining-and-environment", "economy-and-trade"],
        "authors": ["eleanor-whitcombe"],
        "featured": False,
        "standfirst": (
            "A spill at Repsol’s La Pampilla refinery has polluted beaches and fishing grounds along the coast "
            "north of Lima. Fishing families are counting the cost."
        ),
        "image": {"motif": "coast", "caption": "The Pacific coast north of Lima", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>On 15 January crude oil poured into the sea at the La Pampilla refinery in Ventanilla, "
                "just north of Lima, while a tanker was unloading at the refinery’s offshore terminal. The "
                "refinery is run by the Spanish energy company Repsol. The company’s first reports described "
                "a minor incident; it has since become clear that the volume was far larger, with official "
                "estimates of around 11,900 barrels and the company later giving a somewhat lower "
                "figure.</p>"
            )),
            ("paragraph", (
                "<p>Currents carried the oil northwards along tens of kilometres of coastline, reaching beaches "
                "in Ventanilla, Santa Rosa, Ancón and beyond, as well as protected marine areas that shelter "
                "seabirds and sea lions. The government declared an environmental emergency and halted "
                "loading and unloading at the refinery. Repsol has said that unusual waves caused by the "
                "volcanic eruption in Tonga played a part, an explanation that has been disputed.</p>"
            )),
            ("heading", "Livelihoods at stake"),
            ("paragraph", (
                "<p>The heaviest immediate burden has fallen on artisanal fishermen and those who depend on "
                "them, from fish sellers to beach vendors and small restaurants. With fishing grounds "
                "contaminated and beaches closed at the height of the summer season, many families lost their "
                "income overnight. Some have been hired for the clean-up, but fishermen’s associations say "
                "that compensation has been slow and uneven, and nobody can yet say how long the harm to "
                "marine life will last.</p>"
            )),
            ("quote", {
                "text": (
                    "The sea is our workplace and our larder. Now it is black, and nobody can tell us when it "
                    "will be clean."
                ),
                "attribution": "An artisanal fisherman from Ancón, speaking to the PSG",
            }),
            ("callout", {
                "title": "Questions for the authorities",
                "text": (
                    "<p>Why did it take so long to establish the scale of the spill? Were contingency plans "
                    "adequate, and were they followed? How will affected families be compensated, and who will "
                    "monitor the coast’s recovery over the long term? An independent assessment, with fishing "
                    "communities taking part, is needed to answer them.</p>"
                ),
            }),
        ],
    },
    {
        "slug": "las-bambas-stoppage-ends",
        "title": "Las Bambas stoppage ends, for now",
        "date": date(2022, 6, 14),
        "type": "briefing",
        "topics": ["mining-and-environment", "social-conflict", "economy-and-trade"],
        "authors": ["eleanor-whitcombe", "tomas-arrieta-hale"],
        "featured": False,
        "standfirst": (
            "Work is resuming at the Las Bambas copper mine after a stoppage of around seven weeks, but the "
            "causes of one of Peru’s most persistent mining conflicts remain unresolved."
        ),
        "image": {"motif": "sun", "caption": "The high Andes of Apurímac", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Las Bambas, a large copper mine in the Apurímac region run by a consortium led by MMG, a "
                "company controlled by the Chinese state-owned China Minmetals, is resuming operations. Members "
                "of two neighbouring communities, Fuerabamba and Huancuire, occupied land inside the mine site "
                "in April. The company halted production, the government declared a state of emergency and, "
                "after weeks of tense talks, a provisional agreement has allowed work to restart.</p>"
            )),
            ("heading", "Roads, relocation and revenue"),
            ("paragraph", (
                "<p>The conflict has several strands. Fuerabamba was moved to a new town to make way for the "
                "open pit, and some of its members say the company has not kept its side of the bargain. "
                "Communities along the road used to truck copper concentrate to the coast, many of them in the "
                "province of Chumbivilcas in Cusco, have blocked it repeatedly, complaining of dust and noise "
                "and of a transport route that was not part of the project as first approved. The original "
                "plan had been to move the concentrate by pipeline.</p>"
            )),
            ("quote", {
                "text": (
                    "Every day the trucks pass our houses. The dust is on our food and on our animals. And "
                    "what do we receive? Nothing that lasts."
                ),
                "attribution": "A resident of a community on the mining corridor in Chumbivilcas, speaking to the PSG",
            }),
            ("paragraph", (
                "<p>Because Las Bambas produces a significant share of Peru’s copper, every stoppage shows up "
                "in export and tax figures, and every one brings calls from business groups for a firmer hand. "
                "The history of the conflict suggests that force settles nothing. Several protesters were "
                "killed in clashes with police in 2015, and states of emergency have been declared many times "
                "since without touching the underlying grievances.</p>"
            )),
            ("callout", {
                "title": "Las Bambas in brief",
                "text": (
                    "<p>Where: Cotabambas province, Apurímac. Product: copper concentrate. In production "
                    "since 2016. Owners: a consortium led by MMG. Main points of dispute: the relocation of "
                    "Fuerabamba, the road transport corridor and the sharing of benefits.</p>"
                ),
            }),
            ("paragraph", (
                "<p>A lasting settlement will need the state to act as more than a mediator of last resort. "
                "That means fair terms for the road and the communities along it, independent monitoring of "
                "environmental impacts, and a transparent account of how mining revenue is spent in the "
                "provinces that bear the costs.</p>"
            )),
        ],
    },
    {
        "slug": "castillo-removed",
        "title": "Castillo removed after attempt to close Congress",
        "date": date(2022, 12, 8),
        "type": "news",
        "topics": ["politics"],
        "authors": ["gareth-penhallow"],
        "featured": False,
        "standfirst": (
            "Pedro Castillo has been removed from office and detained after announcing the dissolution of "
            "Congress. Dina Boluarte has been sworn in as Peru’s first woman president."
        ),
        "image": None,
        "body": [
            ("paragraph", (
                "<p>In a televised address around midday on 7 December, President Pedro Castillo announced that "
                "he was dissolving Congress, setting up an emergency government that would rule by decree, "
                "imposing a night-time curfew and reorganising the judiciary and the prosecution service. He "
                "spoke a few hours before Congress was due to debate a third motion to remove him on grounds "
                "of ‘permanent moral incapacity’.</p>"
            )),
            ("paragraph", (
                "<p>The attempt fell apart almost immediately. Ministers resigned, the armed forces and police "
                "refused to go along with it, and Congress brought its vote forward, removing Castillo by 101 "
                "votes. He was detained in Lima that afternoon, reportedly on his way to the Mexican embassy, "
                "and faces charges including rebellion. The vice-president, Dina Boluarte, was sworn in as "
                "head of state the same day.</p>"
            )),
            ("heading", "How did it come to this?"),
            ("paragraph", (
                "<p>Castillo’s seventeen months in office were chaotic. He got through dozens of ministers, "
                "some of whom lasted only weeks, and faced several corruption investigations involving people "
                "close to him, which he called persecution. A hostile Congress had already tried twice to "
                "remove him. Yet many of the rural voters who elected him felt that the establishment had "
                "never accepted his victory, and that resentment has not gone away with his removal.</p>"
            )),
            ("quote", {
                "text": (
                    "What he did was wrong and against the constitution. But people in my community will ask "
                    "why the politicians who blocked everything for a year are still in their seats."
                ),
                "attribution": "A community organiser in Puno, speaking to the PSG",
            }),
            ("callout", {
                "title": "What next?",
                "text": (
                    "<p>Boluarte is entitled to serve out the presidential term until 2026, but calls for early "
                    "elections have already begun, and protests in support of Castillo have been reported in "
                    "several southern regions. The PSG urges all sides to respect the right to peaceful "
                    "protest, and the security forces to show restraint.</p>"
                ),
            }),
        ],
    },
    # ------------------------------------------------------------------ 2023
    {
        "slug": "deaths-in-the-south",
        "title": "Deaths in the south: the case for accountability",
        "date": date(2023, 6, 15),
        "type": "report",
        "topics": ["human-rights", "social-conflict", "justice-and-memory"],
        "authors": ["rosalind-quenby", "gareth-penhallow"],
        "featured": True,
        "standfirst": (
            "Our new report reviews the killings of protesters in southern Peru between December 2022 and "
            "early 2023, and sets out what justice for the victims’ families would require."
        ),
        "image": {"motif": "mountains", "caption": "The altiplano near Juliaca, Puno", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>In the weeks after Pedro Castillo’s removal in December 2022, protests spread across "
                "southern Peru. Demonstrators demanded the resignation of President Dina Boluarte, the closure "
                "of Congress, early elections and, in some cases, a constituent assembly. The response of the "
                "security forces was deadly. According to Peru’s Ombudsman’s Office, around fifty civilians "
                "died in clashes with police and soldiers over the following months, most of them in Puno, "
                "Ayacucho, Apurímac and Cusco; a police officer was also killed.</p>"
            )),
            ("heading", "Ayacucho and Juliaca"),
            ("paragraph", (
                "<p>The two deadliest episodes are at the centre of our report. On 15 December 2022 in "
                "Ayacucho, soldiers deployed around the airport opened fire, and around ten people died, "
                "several of them far from any confrontation. On 9 January 2023 in Juliaca, in Puno, seventeen "
                "civilians were killed near the airport and in nearby streets. Evidence gathered by "
                "journalists and human rights organisations indicates that many of the dead had gunshot "
                "wounds to the head or upper body.</p>"
            )),
            ("quote", {
                "text": (
                    "I do not want revenge. I want the people who gave the orders to look me in the eye and "
                    "explain why."
                ),
                "attribution": "A relative of one of those killed in Juliaca, speaking to the PSG",
            }),
            ("heading", "What others have found"),
            ("paragraph", (
                "<p>Our findings are consistent with those of other bodies. The Inter-American Commission on "
                "Human Rights, which visited Peru in January, concluded that the state had used force "
                "disproportionately and indiscriminately, and that some of the killings could amount to "
                "extrajudicial executions. Amnesty International has argued that lethal force fell most "
                "heavily on Indigenous and campesino people in a way that suggests racial bias. The "
                "prosecution service has opened investigations into the president and senior ministers, but "
                "progress has been slow.</p>"
            )),
            ("callout", {
                "title": "Our recommendations",
                "text": (
                    "<p>Prompt and independent investigations, with the resources and protection prosecutors "
                    "need; full disclosure of the orders given to the police and armed forces; reparations and "
                    "medical care for the injured and the families of the dead; and reform of the rules on the "
                    "use of force in public order operations, in line with international standards.</p>"
                ),
            }),
            ("paragraph", (
                "<p>Peru has been here before. Twenty years ago the Truth and Reconciliation Commission warned "
                "that the lives of poor, rural and indigenous Peruvians were too often treated as expendable. "
                "The deaths of 2022 and 2023 suggest that the warning went unheeded. Accountability now would "
                "show that it need not be.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2024
    {
        "slug": "limitations-law-conflict-cases",
        "title": "New law threatens conflict-era trials",
        "date": date(2024, 8, 13),
        "type": "news",
        "topics": ["justice-and-memory", "human-rights", "politics"],
        "authors": ["rosalind-quenby"],
        "featured": False,
        "standfirst": (
            "A law declaring that crimes against humanity committed before 2002 can no longer be prosecuted "
            "could halt hundreds of cases from Peru’s internal armed conflict."
        ),
        "image": None,
        "body": [
            ("paragraph", (
                "<p>A law approved by Congress in July, and now in force, applies the statute of limitations "
                "to crimes against humanity and war crimes committed before 2002. In practice it means that "
                "many of the abuses of the internal armed conflict of 1980–2000 could no longer be prosecuted, "
                "and that cases already under way could be closed.</p>"
            )),
            ("heading", "The arguments"),
            ("paragraph", (
                "<p>The law’s supporters, who include the parties that dominate Congress, argue that the Rome "
                "Statute of the International Criminal Court only entered into force in 2002, so the category "
                "of crimes against humanity cannot be applied to earlier acts. They present the measure as "
                "legal certainty for soldiers and police who, they say, have faced decades of proceedings. "
                "Critics reply that the prohibition of such crimes, and the rule that no time limit applies "
                "to them, were part of international law long before 2002, as the Inter-American Court of "
                "Human Rights has repeatedly reminded Peru.</p>"
            )),
            ("paragraph", (
                "<p>The Inter-American Court had urged Peru not to adopt the law, and UN human rights experts "
                "have voiced concern. Victims’ organisations estimate that hundreds of cases could be "
                "affected, some of which have been working their way through the courts for many years.</p>"
            )),
            ("quote", {
                "text": (
                    "We have spent forty years knocking on doors. Now they tell us that time has run out. For "
                    "us, time stopped on the day they were taken."
                ),
                "attribution": "A member of a relatives’ association in Ayacucho, speaking to the PSG",
            }),
            ("callout", {
                "title": "What judges can do",
                "text": (
                    "<p>Peruvian judges are bound by the constitution and by the international treaties Peru "
                    "has ratified, and some may decline to apply the new law in individual cases. How the "
                    "courts respond in the coming months will decide its real impact.</p>"
                ),
            }),
        ],
    },
    # ------------------------------------------------------------------ 2025
    {
        "slug": "glaciers-and-a-german-court",
        "title": "Melting glaciers, and a case in Germany",
        "date": date(2025, 6, 5),
        "type": "analysis",
        "topics": ["climate-and-water", "human-rights"],
        "authors": ["eleanor-whitcombe"],
        "featured": False,
        "standfirst": (
            "A German court has dismissed a Peruvian farmer’s climate claim against the energy company RWE, "
            "while accepting the principle behind it. The ruling matters for communities living beneath "
            "Peru’s shrinking glaciers."
        ),
        "image": {"motif": "mountains", "caption": "Glaciers of the Cordillera Blanca, Áncash", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Peru is home to most of the world’s tropical glaciers, and they are disappearing fast. By "
                "the estimates of the national glacier research institute, INAIGEM, the country has lost more "
                "than half of its glacier area since the 1960s. Anyone who has lived in the Cordillera Blanca "
                "for a generation can see the change: ice that once reached down into the valleys has "
                "retreated up the slopes, leaving bare rock and new lakes behind.</p>"
            )),
            ("heading", "Lakes that threaten"),
            ("paragraph", (
                "<p>Those lakes are dangerous. Lake Palcacocha, above the city of Huaraz, has grown many times "
                "over as the ice has retreated. In 1941 a flood from the same lake swept through part of "
                "Huaraz, with a death toll that estimates put in the thousands. Saúl Luciano Lliuya, a farmer "
                "and mountain guide from Huaraz, argued that his home was again at risk, and in 2015 he took "
                "the German utility RWE to court, asking it to contribute to the cost of protective works in "
                "proportion to its share of historic greenhouse gas emissions.</p>"
            )),
            ("paragraph", (
                "<p>In May, after nearly a decade of proceedings that included a visit by court-appointed "
                "experts to the lake, the Higher Regional Court in Hamm dismissed the claim, finding the risk "
                "to Lliuya’s house too low to justify what he sought. Crucially, though, the court accepted "
                "that a major emitter could in principle be held liable under German civil law for the "
                "effects of its emissions. Climate lawyers have called this a significant step, even though "
                "Lliuya himself lost.</p>"
            )),
            ("quote", {
                "text": (
                    "The glacier was our clock and our calendar. When it goes, the water for our fields goes "
                    "with it."
                ),
                "attribution": "A Quechua farmer from the Santa valley, speaking to the PSG",
            }),
            ("heading", "Water for the future"),
            ("paragraph", (
                "<p>Floods are only part of the story. Meltwater feeds the rivers that supply Andean farms, and "
                "the cities of the arid coast, Lima among them, through the dry season. As the glaciers "
                "shrink, that buffer shrinks too. Peru passed a framework law on climate change in 2018 and "
                "has drawn up adaptation plans, but funding and implementation lag behind. Highland "
                "communities, who have done least to cause the problem, are bearing much of its cost.</p>"
            )),
        ],
    },
    {
        "slug": "an-amnesty-peru-should-not-accept",
        "title": "An amnesty Peru should not accept",
        "date": date(2025, 8, 20),
        "type": "comment",
        "topics": ["justice-and-memory", "human-rights", "politics"],
        "authors": ["rosalind-quenby"],
        "featured": False,
        "standfirst": (
            "A new amnesty for members of the security forces and self-defence committees accused of "
            "conflict-era crimes is a grave step backwards. It should be reversed."
        ),
        "image": None,
        "body": [
            ("paragraph", (
                "<p>This month President Dina Boluarte signed into law an amnesty for members of the armed "
                "forces, the police and the civilian self-defence committees who are under investigation or "
                "on trial for crimes committed in the fight against armed insurgents between 1980 and 2000, "
                "provided they have not received a final sentence. It also opens the way to release for "
                "certain elderly people who have already been convicted. Coming a year after a separate law "
                "declared many of the same crimes time-barred, it completes a legal shield that victims’ "
                "families have long feared.</p>"
            )),
            ("heading", "Why it matters"),
            ("paragraph", (
                "<p>The Truth and Reconciliation Commission attributed a substantial share of the conflict’s "
                "deaths and disappearances to agents of the state. Many of those cases took decades to reach "
                "court, often because military records were withheld and witnesses were afraid to speak. For "
                "the mostly poor, rural and Quechua-speaking families who persisted, a prosecution was never "
                "only about punishment: it was official recognition that what happened to their relatives was "
                "a crime.</p>"
            )),
            ("paragraph", (
                "<p>The amnesty’s defenders present it as overdue fairness to those who defended the state "
                "against terrorism. Nobody disputes the brutality of the Shining Path, or that soldiers and "
                "police died too. But the law makes no distinction between those who fought within the law "
                "and those who killed unarmed villagers. Drawing that distinction is precisely what courts "
                "are for.</p>"
            )),
            ("quote", {
                "text": (
                    "An amnesty does not make the dead any less dead. It only tells their families which side "
                    "the state has chosen."
                ),
                "attribution": "A human rights lawyer in Lima who represents victims’ families, speaking to the PSG",
            }),
            ("paragraph", (
                "<p>In the Barrios Altos case of 2001, with Peru itself as the respondent state, the "
                "Inter-American Court of Human Rights held that amnesties of this kind are incompatible with "
                "the American Convention on Human Rights. The court had asked Peru to halt the new law before "
                "it was enacted, and UN experts added their voices. The government went ahead regardless.</p>"
            )),
            ("callout", {
                "title": "What we are asking for",
                "text": (
                    "<p>We urge the Peruvian authorities to repeal the amnesty and the 2024 limitations law. We "
                    "ask the UK government and Peru’s other partners to raise the matter directly, and Peruvian "
                    "judges to uphold the country’s international obligations in the cases before them.</p>"
                ),
            }),
        ],
    },
    # ------------------------------------------------------------------ 2026
    {
        "slug": "peru-votes-2026",
        "title": "Peru votes in 2026: a briefing",
        "date": date(2026, 1, 20),
        "type": "briefing",
        "topics": ["politics", "economy-and-trade"],
        "authors": ["gareth-penhallow", "tomas-arrieta-hale"],
        "featured": True,
        "standfirst": (
            "Peruvians go to the polls on 12 April to choose a president and, for the first time in more than "
            "three decades, a two-chamber Congress. Here is what to watch."
        ),
        "image": {"motif": "city", "caption": "Lima and Callao, home to roughly a third of Peru’s voters", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Peru holds general elections on 12 April 2026. Voters will choose a president and two "
                "vice-presidents, together with a Congress that will have two chambers for the first time "
                "under the 1993 constitution: a Senate of 60 members and a Chamber of Deputies of 130. If no "
                "presidential candidate wins more than half of the valid votes, as seems almost certain, the "
                "two leaders will meet in a run-off in June.</p>"
            )),
            ("heading", "A crowded field"),
            ("paragraph", (
                "<p>The ballot will be unusually long. Several dozen parties are registered and a large number "
                "of presidential candidates have entered the race, many with little national profile. The "
                "fragmentation reflects the weakness of Peruvian parties, most of which work as electoral "
                "vehicles for individual leaders. It also makes the outcome hard to predict: in 2021 both "
                "candidates who reached the run-off had won less than a fifth of the first-round vote.</p>"
            )),
            ("paragraph", (
                "<p>The backdrop is a decade of instability. No president elected since 2016 has completed a "
                "full term: the office has changed hands repeatedly through resignation, removal and interim "
                "appointment, most recently when Congress removed Dina Boluarte in October 2025. Trust in "
                "Congress and the parties is extremely low, and polls suggest that many voters are undecided "
                "or intend to spoil their ballots.</p>"
            )),
            ("callout", {
                "title": "Issues on voters’ minds",
                "text": (
                    "<p>Crime and extortion, which have led to repeated states of emergency in Lima and other "
                    "cities; the cost of living and insecure work, with most Peruvians employed informally; and "
                    "corruption. Growth has held up reasonably well by regional standards, helped by high "
                    "copper and gold prices, but its benefits are felt very unevenly.</p>"
                ),
            }),
            ("heading", "What we will be watching"),
            ("paragraph", (
                "<p>The PSG will follow how candidates address accountability for the protest deaths of "
                "2022–23, the recent amnesty and limitations laws, the regulation of informal and illegal "
                "mining, and the independence of the courts and electoral bodies. We will also watch the "
                "conduct of the campaign itself, including the treatment of journalists and the spread of "
                "disinformation. A new Congress with a Senate is a chance to rebuild some trust in political "
                "institutions; whether it is taken depends on who is elected.</p>"
            )),
        ],
    },
]

KEY_ISSUES = [
    {
        "slug": "human-rights",
        "title": "Human rights",
        "summary": (
            "How Peru’s human rights record has been shaped by armed conflict, inequality and a recurring "
            "tendency to treat protest as a threat."
        ),
        "topic": "human-rights",
        "body": [
            ("paragraph", (
                "<p>Peru has signed nearly all the major international human rights treaties and accepts the "
                "jurisdiction of the Inter-American Court of Human Rights. Its constitution guarantees a broad "
                "range of civil, political, economic and social rights. The gap between those commitments and "
                "the daily experience of many Peruvians, particularly those who are poor, rural or indigenous, "
                "is at the heart of the PSG’s work.</p>"
            )),
            ("heading", "The legacy of the armed conflict"),
            ("paragraph", (
                "<p>Between 1980 and 2000 the Shining Path and, on a smaller scale, the MRTA waged war on the "
                "Peruvian state. Insurgents and security forces alike committed grave abuses, including "
                "massacres, torture, sexual violence and enforced disappearances; the Truth and Reconciliation "
                "Commission estimated that some 69,000 people died or disappeared. The search for the missing, "
                "reparations for survivors and prosecutions have advanced only slowly, and laws passed in 2024 "
                "and 2025 on statutes of limitation and amnesty threaten to halt many cases altogether.</p>"
            )),
            ("heading", "Protest and the use of force"),
            ("paragraph", (
                "<p>A persistent concern is the treatment of people who protest, especially against mining, "
                "oil and infrastructure projects that governments regard as strategic. States of emergency, "
                "which suspend some constitutional rights, are declared frequently. Police and soldiers have "
                "repeatedly used lethal force against demonstrators, most gravely in 2022–23, when around fifty "
                "people were killed. Environmental defenders and indigenous leaders have been threatened and "
                "murdered, often in remote places where the state is barely present.</p>"
            )),
            ("callout", {
                "title": "Our focus",
                "text": (
                    "<p>We report on accountability for past and present abuses, the rights of protesters and "
                    "human rights defenders, and the rights of women and indigenous peoples, including the "
                    "survivors of forced sterilisation in the 1990s.</p>"
                ),
            }),
        ],
    },
    {
        "slug": "mining-and-the-environment",
        "title": "Mining and the environment",
        "summary": (
            "Mining drives Peru’s exports but is also the main source of social conflict, raising hard "
            "questions about water, consent and who benefits."
        ),
        "topic": "mining-and-environment",
        "body": [
            ("paragraph", (
                "<p>Peru is among the world’s leading producers of copper, gold, silver and zinc, and minerals "
                "make up the bulk of its exports. Mining has brought investment and tax revenue and helped to "
                "fund a long period of growth from the early 2000s. But much of it takes place high in the "
                "Andes, often at the headwaters of rivers on which farming communities depend, and many of "
                "those communities see few of the benefits.</p>"
            )),
            ("heading", "Water and conflict"),
            ("paragraph", (
                "<p>Disputes over mining account for a large share of the social conflicts recorded each month "
                "by Peru’s Ombudsman’s Office. Cases such as Conga in Cajamarca, Tía María in Arequipa and Las "
                "Bambas in Apurímac share a pattern: fears over water and land, a sense that decisions were "
                "taken without genuine consultation, and a state response that leans heavily on states of "
                "emergency and policing rather than dialogue.</p>"
            )),
            ("heading", "Illegal mining and oil"),
            ("paragraph", (
                "<p>Alongside the formal industry, illegal and informal gold mining has spread rapidly, above "
                "all in Madre de Dios, Puno and La Libertad, bringing deforestation, mercury pollution, labour "
                "exploitation and organised crime. In the northern Amazon, decades of oil extraction and "
                "repeated spills from the Northern Peruvian Pipeline have left contamination in indigenous "
                "territories. The 2022 spill at the La Pampilla refinery showed that the coast near Lima is "
                "not immune either.</p>"
            )),
            ("quote", {
                "text": "We are not against development. We are against being told that our water is its price.",
                "attribution": "A member of a peasant patrol in Cajamarca, speaking to the PSG",
            }),
        ],
    },
    {
        "slug": "indigenous-peoples",
        "title": "Indigenous peoples",
        "summary": (
            "Peru’s Andean and Amazonian indigenous peoples are central to the country’s identity, yet their "
            "rights are among the least respected."
        ),
        "topic": "indigenous-peoples",
        "body": [
            ("paragraph", (
                "<p>Millions of Peruvians identify as indigenous. In the 2017 census roughly a quarter of those "
                "aged twelve and over described themselves as Quechua, Aymara, Amazonian or of another "
                "indigenous origin, and Quechua is the mother tongue of several million people. The Amazon is "
                "home to more than fifty distinct peoples, among them the Asháninka, Awajún and "
                "Shipibo-Konibo, as well as peoples living in voluntary isolation.</p>"
            )),
            ("heading", "Land and territory"),
            ("paragraph", (
                "<p>Secure collective title to land underpins most other rights for indigenous communities, "
                "especially in the Amazon, where logging, oil, mining, coca and road-building all put pressure "
                "on the forest. Many communities still lack full title, and getting it is slow, costly and "
                "bureaucratic. Leaders who defend their territory, such as Edwin Chota of Saweto, murdered in "
                "2014, have paid with their lives.</p>"
            )),
            ("heading", "Consultation and participation"),
            ("paragraph", (
                "<p>Peru ratified ILO Convention 169 in 1994 and passed a law on prior consultation in 2011, "
                "after the deaths at Bagua in 2009. Consultation has opened a formal channel for dialogue, but "
                "it does not give communities the right to say no, and many Andean communities have struggled "
                "to be recognised as indigenous for its purposes. Indigenous people remain under-represented "
                "in Congress and in government.</p>"
            )),
            ("callout", {
                "title": "Discrimination and the state",
                "text": (
                    "<p>The Truth and Reconciliation Commission found that three in four victims of the armed "
                    "conflict had an indigenous language as their mother tongue. The killing of protesters in "
                    "the southern Andes in 2022–23 revived painful questions about how the state treats its "
                    "indigenous citizens.</p>"
                ),
            }),
        ],
    },
    {
        "slug": "poverty-and-inequality",
        "title": "Poverty and inequality",
        "summary": (
            "Two decades of growth cut poverty sharply, but deep divides between city and countryside, and "
            "between the coast and the interior, remain."
        ),
        "topic": "economy-and-trade",
        "body": [
            ("paragraph", (
                "<p>From the early 2000s to the mid-2010s Peru was one of the fastest-growing economies in Latin "
                "America, helped by high prices for its minerals. Official figures show monetary poverty "
                "falling from more than half of the population to around a fifth by 2019. Social programmes "
                "such as Juntos, a conditional cash transfer, and Pensión 65, a non-contributory pension for "
                "older people, reached households that had never before received help from the state.</p>"
            )),
            ("heading", "Fragile gains"),
            ("paragraph", (
                "<p>The Covid-19 pandemic exposed how fragile that progress was. Peru recorded one of the "
                "highest death rates in the world, and with most workers in the informal economy, without sick "
                "pay or savings, lockdowns pushed millions back into poverty. The poverty rate rose to around "
                "30 per cent in 2020 and has since remained above its pre-pandemic level.</p>"
            )),
            ("heading", "The geography of inequality"),
            ("paragraph", (
                "<p>National averages hide sharp differences. Poverty is far higher in the countryside than in "
                "the cities, and highest in parts of the Andes and the Amazon, in regions such as Cajamarca, "
                "Puno, Huancavelica and Loreto. Access to clean water, health care and good schools varies "
                "widely, and indigenous people are over-represented among the poor. Some of the poorest "
                "districts lie close to the mines that generate much of the country’s wealth.</p>"
            )),
            ("callout", {
                "title": "What we look at",
                "text": (
                    "<p>We examine how economic policy, trade agreements and the distribution of mining revenue "
                    "affect poverty and inequality, and whether social programmes reach the people who need "
                    "them most.</p>"
                ),
            }),
        ],
    },
    {
        "slug": "political-system",
        "title": "Political system",
        "summary": (
            "Peru’s democracy has survived repeated crises, but weak parties and a powerful Congress have "
            "produced chronic instability."
        ),
        "topic": "politics",
        "body": [
            ("paragraph", (
                "<p>Peru is a presidential republic governed under the constitution of 1993, drawn up after "
                "Alberto Fujimori closed Congress with the backing of the armed forces in 1992. The president "
                "is elected for five years and may not serve consecutive terms. From 1993 the legislature had "
                "a single chamber of 130 members; a Senate returns with the elections of 2026.</p>"
            )),
            ("heading", "A cycle of crises"),
            ("paragraph", (
                "<p>Since 2016 president and Congress have been in almost permanent conflict. Congress can "
                "remove a president for ‘permanent moral incapacity’, a vague clause that has been used or "
                "threatened again and again, while the president can dissolve Congress after it refuses "
                "confidence to two cabinets. Pedro Pablo Kuczynski resigned in 2018; Martín Vizcarra dissolved "
                "Congress in 2019 and was himself removed in 2020; Pedro Castillo was removed after trying to "
                "close Congress in 2022; and Dina Boluarte was removed in 2025.</p>"
            )),
            ("heading", "Weak parties, strong interests"),
            ("paragraph", (
                "<p>Political parties are generally weak and short-lived, and many are built around a single "
                "figure. Almost everyone who has held the presidency since 1985 has faced criminal "
                "investigation, several of them in connection with the Odebrecht bribery scandal. Critics say "
                "that recent laws have weakened anti-corruption efforts, the independence of judicial and "
                "electoral bodies and the space for NGOs, steadily eroding democratic checks and "
                "balances.</p>"
            )),
            ("callout", {
                "title": "Why it matters",
                "text": (
                    "<p>Instability at the top makes it harder to sustain policies on poverty, health or the "
                    "environment, and political crises have repeatedly spilled over into violence on the "
                    "streets. Strong, accountable institutions are a human rights issue.</p>"
                ),
            }),
        ],
    },
]

STANDARD_PAGES = [
    {
        "slug": "our-aims",
        "title": "Our aims",
        "summary": "What the Peru Support Group is for, and how we go about our work.",
        "body": [
            ("paragraph", (
                "<p>The Peru Support Group is a UK-based membership organisation working for a fairer Peru: one "
                "where human rights are respected, nobody is shut out of public life and development does not "
                "come at the expense of the environment. We are independent of any political party, "
                "government or company, and we rely on the time of volunteers and the support of our "
                "members.</p>"
            )),
            ("heading", "What we do"),
            ("paragraph", (
                "<p>We research and publish news, briefings and reports on developments in Peru. Where Peru’s "
                "own laws or international standards are not being respected, we say so, and we work with "
                "Peruvian organisations to bring their concerns to the UK government, Parliament, the media "
                "and the wider public.</p>"
            )),
            ("paragraph", (
                "<p>We are interested not only in individual abuses but in the conditions that allow them to "
                "happen: weak institutions, unequal access to justice, and economic choices that leave the "
                "poorest to carry the costs.</p>"
            )),
            ("callout", {
                "title": "Our principles",
                "text": (
                    "<p>We listen first to people in Peru, above all those most affected by the issues we "
                    "cover. We aim to be accurate, fair and careful with evidence. And we work alongside "
                    "Peruvian organisations rather than speaking for them.</p>"
                ),
            }),
        ],
    },
    {
        "slug": "historical-overview",
        "title": "Historical overview",
        "summary": "A short guide to the history that shapes Peru today, from independence to the crises of recent years.",
        "body": [
            ("paragraph", (
                "<p>Peru declared its independence from Spain in 1821. For much of the two centuries since, "
                "power has been concentrated in Lima and in a small coastal elite, while the indigenous "
                "population of the Andes and the Amazon was largely excluded from political life. Periods of "
                "civilian government have alternated with military rule and strongmen.</p>"
            )),
            ("heading", "Reform and military rule"),
            ("paragraph", (
                "<p>The military government of General Juan Velasco Alvarado, which seized power in 1968, "
                "carried out one of Latin America’s most far-reaching land reforms, breaking up the great "
                "haciendas and nationalising key industries. The reforms changed rural society for good, but "
                "many of the cooperatives they created struggled, and the armed forces handed power back to "
                "civilians in 1980.</p>"
            )),
            ("heading", "Conflict and the 1990s"),
            ("paragraph", (
                "<p>That same year the Shining Path launched its armed insurgency in Ayacucho. Over the next two "
                "decades, violence by insurgents and the security forces cost close to 70,000 lives, according "
                "to the Truth and Reconciliation Commission. Economic collapse and hyperinflation at the end of "
                "the 1980s opened the way for Alberto Fujimori’s election in 1990. Fujimori closed Congress in "
                "1992, and his government, credited by many with defeating the insurgency and stabilising the "
                "economy, became ever more authoritarian and corrupt before it collapsed in 2000.</p>"
            )),
            ("heading", "Democracy and its discontents"),
            ("paragraph", (
                "<p>Since 2001 Peru has held regular elections and, for many years, enjoyed strong growth. Yet "
                "the benefits were unevenly shared, conflicts over mining and natural resources multiplied, "
                "and corruption scandals reached almost every recent president. Since 2016 the country has "
                "lived through a prolonged political crisis, with presidents removed or forced to resign and "
                "protest at times met with lethal force. Many of today’s problems have their roots in this "
                "longer history.</p>"
            )),
        ],
    },
    {
        "slug": "why-join",
        "title": "Why join",
        "summary": "What PSG membership offers, and why your support matters.",
        "body": [
            ("paragraph", (
                "<p>The PSG is a small organisation, and everything we do depends on our members. "
                "Subscriptions pay for our research and publications, and members’ time and expertise help us "
                "respond quickly when events in Peru demand it.</p>"
            )),
            ("heading", "What you receive"),
            ("paragraph", (
                "<p>Members receive regular updates on news from Peru, in-depth briefings and reports on the "
                "issues we follow, and invitations to our annual conference and other events, where you can "
                "hear directly from Peruvian activists, researchers and community leaders.</p>"
            )),
            ("heading", "What your support makes possible"),
            ("paragraph", (
                "<p>Your support helps us keep Peru on the agenda in the UK, amplify the voices of Peruvian "
                "organisations working on human rights, poverty and the environment, and respond when those "
                "organisations ask for international attention at moments of crisis.</p>"
            )),
            ("callout", {
                "title": "Ready to join?",
                "text": (
                    "<p>Membership is open to individuals and organisations. Our Become a member page explains "
                    "how to join.</p>"
                ),
            }),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "summary": "What we know about our members, supporters and readers, why, for how long, and how to see or erase it.",
        "body": [
            ("paragraph", (
                "<p>The Peru Support Group keeps as little personal information as it can, uses it only to run "
                "the group and keep in touch with people who asked us to, and never sells or lends it to anyone. "
                "This page says what we hold and what you can do about it. If anything here is unclear, write to "
                f"us at <a href=\"mailto:{SITE['contact_email']}\">{SITE['contact_email']}</a>.</p>"
            )),
            ("heading", "If you are a member"),
            ("paragraph", (
                "<p>When you join we record your name, your e-mail address, the membership you chose, how you "
                "pay and the payments you make (amount, date and reference). If you make a Gift Aid declaration "
                "we also record your home address and postcode, because HMRC needs them before we can claim the "
                "tax back on your subscription. We use this to run your membership: to send your receipts and "
                "renewal reminders, to give you access to members-only articles, and to claim Gift Aid.</p>"
            )),
            ("paragraph", (
                "<p>Card payments are made on Stripe’s own payment page; Stripe handles your card details and "
                "we never see them. Standing orders, bank transfers and cheques show up in our bank account, "
                "and our treasurer records them by hand.</p>"
            )),
            ("heading", "If you receive our newsletters"),
            ("paragraph", (
                "<p>We keep your e-mail address, your name if you gave it, your language, which newsletters you "
                "receive, and a record of your consent: the words you agreed to, when and on which page. We "
                "record which issues we sent you, and we note when a message to you bounces or is reported as spam, so that we stop writing to an "
                "address that does not want our mail. Every newsletter has a link to change your choices or to "
                "unsubscribe with one click.</p>"
            )),
            ("paragraph", (
                "<p>Our e-mails, newsletters included, are sent by our own mail server. We do not hand your "
                "address to a mailing-list company.</p>"
            )),
            ("heading", "Counting opens and clicks"),
            ("paragraph", (
                "<p>Our newsletter software can count how many times an issue was opened and how many times "
                "each link in it was followed. This is switched off, and we will change this page before we "
                "ever switch it on. If we do, we will only count totals for each issue and each link. The "
                "links and the small image that do the counting are the same in everyone’s copy, so they "
                "cannot tell us who opened a newsletter or who clicked a link, and we record nothing about "
                "the person who did.</p>"
            )),
            ("heading", "This website"),
            ("paragraph", (
                "<p>This site loads nothing from other companies: no analytics, no advertising, no social "
                "media buttons, no fonts or scripts from elsewhere. We set a cookie only when you sign in to "
                "your account or use a form that needs one, such as the joining form, and only so that it "
                "works.</p>"
            )),
            ("heading", "Seeing and erasing your data"),
            ("paragraph", (
                "<p>Members can sign in to <a href=\"/account/\">their account page</a> at any time. From there "
                "you can download everything we hold about you as a file, and close your account, which erases "
                "your personal details straight away. Our payment records are kept, because our accounts must "
                "add up, but without your name or contact details.</p>"
            )),
            ("paragraph", (
                "<p>There is one exception. If you made a Gift Aid declaration and we have claimed tax on your "
                "payments, HMRC requires us to keep the declaration for six years. We keep it, and nothing "
                "else, for that long, and then it is erased automatically.</p>"
            )),
            ("paragraph", (
                "<p>If you receive our newsletters without being a member, the link at the foot of every issue "
                "lets you unsubscribe. After that we keep only your address and the record that you "
                "unsubscribed, so that we never write to you again by mistake. To have that erased too, e-mail "
                f"<a href=\"mailto:{SITE['contact_email']}\">{SITE['contact_email']}</a>.</p>"
            )),
            ("callout", {
                "title": "Questions or complaints",
                "text": (
                    "<p>Write to us at "
                    f"<a href=\"mailto:{SITE['contact_email']}\">{SITE['contact_email']}</a> and a volunteer "
                    "will reply. If you are not happy with our answer, you can complain to the Information "
                    "Commissioner’s Office, which oversees data protection in the UK.</p>"
                ),
            }),
        ],
    },
]

PANELS = [
    {
        "title": "Our aims",
        "body": (
            "<p>We are a UK-based group campaigning for a fairer Peru, where human rights are respected, "
            "nobody is shut out of public life and development does not cost the earth. We research, publish "
            "and advocate, pointing out the gaps between Peru’s commitments and what happens on the "
            "ground.</p>"
        ),
        "link_page": "our-aims",
        "link_label": "About our aims",
    },
    {
        "title": "Historical overview",
        "body": (
            "<p>Military governments, authoritarian rule and two decades of armed conflict that cost close "
            "to 70,000 lives have left deep marks on Peru. You cannot make sense of today’s protests, political "
            "crises or demands for justice without that history.</p>"
        ),
        "link_page": "historical-overview",
        "link_label": "Read the overview",
    },
    {
        "title": "Human rights",
        "body": (
            "<p>The conflict of 1980–2000 brought killings, torture and disappearances on a vast scale, and "
            "few of those responsible have faced trial. Protesters, especially those opposing big mining and "
            "energy projects, still too often meet states of emergency, criminal charges and lethal force.</p>"
        ),
        "link_page": "human-rights",
        "link_label": "Human rights in Peru",
    },
    {
        "title": "Why join?",
        "body": (
            "<ul><li>Get regular news and analysis from Peru</li>"
            "<li>Understand the issues behind the headlines, from mining to memory</li>"
            "<li>Help us stand with Peruvian communities and rights defenders</li></ul>"
        ),
        "link_page": "become-a-member",
        "link_label": "Become a member",
    },
]


JOIN_PAGE = {
    "slug": "become-a-member",
    "title": "Become a member",
    "intro": (
        "<p>Members keep the Peru Support Group independent: their dues pay for our research, our "
        "briefings and the visits of Peruvian human rights defenders to the UK. Anyone who shares our "
        "concern for rights, justice and a sustainable future in Peru can join; charities, unions, faith "
        "groups and student societies can join as organisations.</p>"
        "<ul><li>Our news and analysis, and invitations to our events</li>"
        "<li>A say in how the group is run, at the annual general meeting</li>"
        "<li>The knowledge that you help keep Peru on the agenda in Britain</li></ul>"
    ),
    "thanks": (
        "<p>Thank you for joining. We have sent you an e-mail: follow the link in it to confirm your "
        "address and open your membership account.</p>"
    ),
}

PLANS = [
    {"slug": "individual", "name": "Individual", "kind": "individual", "price": "30.00", "period": "annual",
     "description": "For anyone in work who wants to support our work."},
    {"slug": "concession", "name": "Concession", "kind": "concession", "price": "12.00", "period": "annual",
     "description": "For students, the unwaged and pensioners."},
    {"slug": "organisation", "name": "Organisation", "kind": "organisation", "price": "75.00", "period": "annual",
     "description": "For charities, unions, faith groups and societies; covers two named contacts."},
]

BANK = {
    "bank_account_name": "Peru Support Group",
    "bank_name": "Example Co-operative Bank",
    "bank_sort_code": "08-99-99",
    "bank_account_number": "12345678",
}

NEWSLETTERS = [
    {
        "slug": "peru-update",
        "name": "Peru Update",
        "audience": "everyone",
        "description": (
            "Every week: the news from Peru that matters for rights, land and the environment, "
            "with our briefings and events. Free, for anyone."
        ),
    },
    {
        "slug": "members-bulletin",
        "name": "Members' bulletin",
        "audience": "members",
        "description": (
            "For members: the group's own news, meetings and the AGM, and early word of "
            "speaker tours and campaigns."
        ),
    },
]

NEWSLETTER_POSTAL_ADDRESS = "Peru Support Group, PO Box 4721, London WC1N 3XX, United Kingdom"

DONATE_PAGE = {
    "slug": "support-our-work",
    "title": "Support our work",
    "intro": (
        "<p>Gifts large and small let us publish independent analysis, brief Parliament and bring "
        "Peruvian defenders of rights and the environment to speak in Britain. You do not need to be "
        "a member to give.</p>"
    ),
}
