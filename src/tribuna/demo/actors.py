"""Demo actors: the people, bodies, places and events named in the demo articles.

Pure data, read alongside `content.py` and `content_es.py`. Each actor lists the other
forms under which the English and Spanish texts name it (aliases, matched ignoring case
and accents on word boundaries; those in "exact_case" only with the case shown). The
relationships are stated facts, each pointing to a demo article that supports it where
there is one. Only real, publicly known people and institutions are included: the demo's
authors and its anonymous sources are fictional and are left out.

Bare "Fujimori" is deliberately not an alias: the texts use it for both Alberto and Keiko
Fujimori. Likewise bare "Chota" names both Edwin Chota and a province of Cajamarca.
"""

from datetime import date

ACTORS = [
    # ------------------------------------------------------------------ people
    {
        "slug": "pedro-pablo-kuczynski",
        "name": "Pedro Pablo Kuczynski",
        "kind": "person",
        "description": (
            "Peruvian economist and former banker who was elected president in 2016 and resigned in "
            "March 2018 amid a vote-buying scandal, shortly before a second attempt to remove him."
        ),
        "aliases": ["Kuczynski", "PPK"],
        "exact_case": ["PPK"],
        "es": {
            "description": (
                "Economista y exbanquero peruano, elegido presidente en 2016. Renunció en marzo de 2018, "
                "en medio de un escándalo de compra de votos y poco antes de un segundo intento de vacancia."
            ),
        },
        "start": date(2016, 7, 28),
        "end": date(2018, 3, 23),
    },
    {
        "slug": "xi-jinping",
        "name": "Xi Jinping",
        "kind": "person",
        "description": (
            "Leader of the Chinese Communist Party and, since 2013, President of the People’s Republic "
            "of China. He attended the 2016 APEC leaders’ meeting in Lima."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Secretario general del Partido Comunista de China y, desde 2013, presidente de la "
                "República Popular China. Asistió a la reunión de líderes del APEC de 2016 en Lima."
            ),
        },
        "start": date(2013, 3, 14),
        "wikidata": "Q15031",
    },
    {
        "slug": "donald-trump",
        "name": "Donald Trump",
        "kind": "person",
        "description": (
            "American businessman and Republican politician, President of the United States from 2017 "
            "to 2021 and again from 2025. He opposed the Trans-Pacific Partnership and withdrew the "
            "country from it."
        ),
        "aliases": ["Trump"],
        "exact_case": ["Trump"],
        "es": {
            "description": (
                "Empresario y político republicano estadounidense, presidente de Estados Unidos entre 2017 "
                "y 2021 y de nuevo desde 2025. Se opuso al Acuerdo Transpacífico y retiró a su país de él."
            ),
        },
        "wikidata": "Q22686",
    },
    {
        "slug": "barack-obama",
        "name": "Barack Obama",
        "kind": "person",
        "description": (
            "Democratic politician who served two terms as President of the United States, from 2009 "
            "to 2017. His administration negotiated and signed the Trans-Pacific Partnership."
        ),
        "aliases": ["Obama"],
        "es": {
            "description": (
                "Político demócrata que fue presidente de Estados Unidos durante dos mandatos, de 2009 a "
                "2017. Su gobierno negoció y firmó el Acuerdo Transpacífico."
            ),
        },
        "start": date(2009, 1, 20),
        "end": date(2017, 1, 20),
        "wikidata": "Q76",
    },
    {
        "slug": "hillary-clinton",
        "name": "Hillary Clinton",
        "kind": "person",
        "description": (
            "American Democratic politician, US Secretary of State from 2009 to 2013 and her party’s "
            "candidate in the 2016 presidential election, which she lost to Donald Trump."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Política demócrata estadounidense, secretaria de Estado entre 2009 y 2013 y candidata de "
                "su partido en las elecciones presidenciales de 2016, que perdió frente a Donald Trump."
            ),
        },
        "wikidata": "Q6294",
    },
    {
        "slug": "mirko-lauer",
        "name": "Mirko Lauer",
        "kind": "person",
        "description": "Peruvian poet, essayist and long-standing political columnist in the Lima press.",
        "aliases": [],
        "es": {
            "description": "Poeta, ensayista y veterano columnista político peruano de la prensa limeña.",
        },
    },
    {
        "slug": "ollanta-humala",
        "name": "Ollanta Humala",
        "kind": "person",
        "description": (
            "Former army officer who was President of Peru from 2011 to 2016. His government signed the "
            "law on prior consultation of indigenous peoples and faced the Conga conflict in Cajamarca."
        ),
        "aliases": ["Humala"],
        "es": {
            "description": (
                "Exoficial del Ejército que fue presidente del Perú entre 2011 y 2016. Su gobierno promulgó "
                "la ley de consulta previa a los pueblos indígenas y enfrentó el conflicto de Conga en "
                "Cajamarca."
            ),
        },
        "start": date(2011, 7, 28),
        "end": date(2016, 7, 28),
    },
    {
        "slug": "gregorio-santos",
        "name": "Gregorio Santos",
        "kind": "person",
        "description": (
            "Regional president of Cajamarca elected in 2010 and a prominent opponent of the Conga mine. "
            "He was held in pre-trial detention from 2014 on corruption charges that he denied."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Presidente regional de Cajamarca elegido en 2010 y destacado opositor al proyecto Conga. "
                "Desde 2014 estuvo en prisión preventiva por cargos de corrupción que él negó."
            ),
        },
    },
    {
        "slug": "maxima-acuna",
        "name": "Máxima Acuña",
        "kind": "person",
        "description": (
            "Subsistence farmer from Cajamarca who refused to give up her plot near the planned Conga "
            "mine, becoming an internationally known symbol of resistance to the project."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Campesina de Cajamarca que se negó a abandonar su parcela cerca del proyecto minero Conga "
                "y se convirtió en un símbolo internacional de la resistencia a la mina."
            ),
        },
    },
    {
        "slug": "edwin-chota",
        "name": "Edwin Chota",
        "kind": "person",
        "description": (
            "Asháninka leader from Alto Tamaya–Saweto in Ucayali who campaigned against illegal logging "
            "and for his community’s land title. He was murdered with three other men in 2014."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Dirigente asháninka de Alto Tamaya–Saweto, en Ucayali, que luchó contra la tala ilegal y "
                "por el título de las tierras de su comunidad. Fue asesinado junto con otros tres hombres "
                "en 2014."
            ),
        },
    },
    {
        "slug": "alberto-pizango",
        "name": "Alberto Pizango",
        "kind": "person",
        "description": (
            "Amazonian indigenous leader who headed AIDESEP during the 2009 protests. He was charged "
            "over the violence at Bagua and acquitted in 2016."
        ),
        "aliases": ["Pizango"],
        "es": {
            "description": (
                "Dirigente indígena amazónico que presidía AIDESEP durante las protestas de 2009. Fue "
                "procesado por la violencia de Bagua y absuelto en 2016."
            ),
        },
    },
    {
        "slug": "alan-garcia",
        "name": "Alan García",
        "kind": "person",
        "description": (
            "APRA politician who was President of Peru twice, from 1985 to 1990 and from 2006 to 2011. "
            "He died in 2019."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Político aprista que fue dos veces presidente del Perú, de 1985 a 1990 y de 2006 a 2011. "
                "Falleció en 2019."
            ),
        },
    },
    {
        "slug": "alberto-fujimori",
        "name": "Alberto Fujimori",
        "kind": "person",
        "description": (
            "President of Peru from 1990 to 2000, who closed Congress in 1992. He was convicted in 2009 "
            "over the Barrios Altos and La Cantuta killings, was pardoned in 2017 and died in 2024."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Presidente del Perú entre 1990 y 2000, que cerró el Congreso en 1992. Fue condenado en 2009 "
                "por las matanzas de Barrios Altos y La Cantuta, indultado en 2017 y falleció en 2024."
            ),
        },
        "start": date(1990, 7, 28),
        "end": date(2000, 11, 22),
    },
    {
        "slug": "keiko-fujimori",
        "name": "Keiko Fujimori",
        "kind": "person",
        "description": (
            "Daughter of Alberto Fujimori and leader of the Fuerza Popular party. She has been a "
            "presidential candidate several times and lost the 2021 run-off narrowly to Pedro Castillo."
        ),
        "aliases": ["Keiko"],
        "es": {
            "description": (
                "Hija de Alberto Fujimori y lideresa del partido Fuerza Popular. Ha sido candidata "
                "presidencial en varias ocasiones y perdió por estrecho margen la segunda vuelta de 2021 "
                "frente a Pedro Castillo."
            ),
        },
    },
    {
        "slug": "martin-vizcarra",
        "name": "Martín Vizcarra",
        "kind": "person",
        "description": (
            "Engineer and former regional governor of Moquegua who became president when Kuczynski "
            "resigned in 2018. He dissolved Congress in 2019 and was removed by it in November 2020."
        ),
        "aliases": ["Vizcarra"],
        "es": {
            "description": (
                "Ingeniero y exgobernador regional de Moquegua que asumió la presidencia tras la renuncia "
                "de Kuczynski en 2018. Disolvió el Congreso en 2019 y fue destituido por este en noviembre "
                "de 2020."
            ),
        },
        "start": date(2018, 3, 23),
        "end": date(2020, 11, 9),
    },
    {
        "slug": "manuel-merino",
        "name": "Manuel Merino",
        "kind": "person",
        "description": (
            "President of Congress who took over as head of state after Vizcarra’s removal in November "
            "2020 and resigned five days later following protests in which two young men died."
        ),
        "aliases": ["Merino"],
        "exact_case": ["Merino"],
        "es": {
            "description": (
                "Presidente del Congreso que asumió la jefatura del Estado tras la destitución de Vizcarra "
                "en noviembre de 2020 y renunció cinco días después, tras unas protestas en las que "
                "murieron dos jóvenes."
            ),
        },
        "start": date(2020, 11, 10),
        "end": date(2020, 11, 15),
    },
    {
        "slug": "francisco-sagasti",
        "name": "Francisco Sagasti",
        "kind": "person",
        "description": (
            "Engineer and centrist legislator chosen by Congress in November 2020 to lead the country "
            "on an interim basis until the 2021 elections."
        ),
        "aliases": ["Sagasti"],
        "es": {
            "description": (
                "Ingeniero y congresista de centro elegido por el Congreso en noviembre de 2020 para "
                "gobernar el país de forma interina hasta las elecciones de 2021."
            ),
        },
        "start": date(2020, 11, 17),
        "end": date(2021, 7, 28),
    },
    {
        "slug": "pedro-castillo",
        "name": "Pedro Castillo",
        "kind": "person",
        "description": (
            "Rural schoolteacher and union leader from Cajamarca, elected president in 2021 for Perú "
            "Libre. He was removed and detained in December 2022 after trying to dissolve Congress."
        ),
        "aliases": ["Castillo"],
        "exact_case": ["Castillo"],
        "es": {
            "description": (
                "Maestro rural y dirigente sindical de Cajamarca, elegido presidente en 2021 por Perú Libre. "
                "Fue destituido y detenido en diciembre de 2022 tras intentar disolver el Congreso."
            ),
        },
        "start": date(2021, 7, 28),
        "end": date(2022, 12, 7),
    },
    {
        "slug": "dina-boluarte",
        "name": "Dina Boluarte",
        "kind": "person",
        "description": (
            "Lawyer and Castillo’s vice-president, who succeeded him in December 2022 as Peru’s first "
            "woman president. Congress removed her in October 2025."
        ),
        "aliases": ["Boluarte"],
        "es": {
            "description": (
                "Abogada y vicepresidenta de Castillo, a quien sucedió en diciembre de 2022 como la primera "
                "mujer en presidir el Perú. El Congreso la destituyó en octubre de 2025."
            ),
        },
        "start": date(2022, 12, 7),
        "end": date(2025, 10, 10),
    },
    {
        "slug": "saul-luciano-lliuya",
        "name": "Saúl Luciano Lliuya",
        "kind": "person",
        "description": (
            "Farmer and mountain guide from Huaraz who sued the German energy company RWE in 2015 over "
            "the flood risk from a glacial lake. A German appeal court dismissed the claim in 2025."
        ),
        "aliases": ["Lliuya"],
        "es": {
            "description": (
                "Agricultor y guía de montaña de Huaraz que en 2015 demandó a la eléctrica alemana RWE por "
                "el riesgo de aluvión de una laguna glaciar. Un tribunal alemán de apelación desestimó la "
                "demanda en 2025."
            ),
        },
    },
    {
        "slug": "mamerita-mestanza",
        "name": "Mamérita Mestanza",
        "kind": "person",
        "description": (
            "Woman from Cajamarca who died in 1998 after a sterilisation performed under pressure. Her "
            "case led Peru to accept responsibility before the Inter-American Commission on Human Rights."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Mujer de Cajamarca que murió en 1998 tras una esterilización realizada bajo presión. Su "
                "caso llevó al Perú a reconocer su responsabilidad ante la Comisión Interamericana de "
                "Derechos Humanos."
            ),
        },
    },
    # --------------------------------------------------------------- countries
    {
        "slug": "peru",
        "name": "Peru",
        "kind": "country",
        "description": (
            "Andean republic on the Pacific coast of South America, with Lima as its capital, stretching "
            "from the coastal desert across the Andes into the Amazon basin."
        ),
        "aliases": [],
        "es": {
            "name": "Perú",
            "description": (
                "República andina de la costa del Pacífico sudamericano, con capital en Lima, que se "
                "extiende del desierto costero a la cuenca amazónica, pasando por los Andes."
            ),
        },
        "wikidata": "Q419",
    },
    {
        "slug": "united-states",
        "name": "United States",
        "kind": "country",
        "description": "Federal republic in North America and one of Peru’s main trading and political partners.",
        "aliases": ["US", "Estados Unidos"],
        "exact_case": ["US"],
        "es": {
            "name": "Estados Unidos",
            "description": (
                "República federal de América del Norte y uno de los principales socios comerciales y "
                "políticos del Perú."
            ),
        },
        "wikidata": "Q30",
    },
    {
        "slug": "china",
        "name": "China",
        "kind": "country",
        "description": (
            "The People’s Republic of China, one of the largest buyers of Peruvian minerals and, through "
            "its companies, a major investor in Peruvian mining."
        ),
        "aliases": [],
        "exact_case": ["China"],
        "es": {
            "description": (
                "La República Popular China, uno de los mayores compradores de minerales peruanos y, a través "
                "de sus empresas, una gran inversora en la minería del Perú."
            ),
        },
        "wikidata": "Q148",
    },
    {
        "slug": "chile",
        "name": "Chile",
        "kind": "country",
        "description": "Peru’s southern neighbour on the Pacific, a founding member of the Pacific Alliance.",
        "aliases": [],
        "exact_case": ["Chile"],
        "es": {
            "description": "Vecino del Perú por el sur, en el Pacífico, y miembro fundador de la Alianza del Pacífico.",
        },
        "wikidata": "Q298",
    },
    {
        "slug": "mexico",
        "name": "Mexico",
        "kind": "country",
        "description": "Federal republic in North America and one of the four founding members of the Pacific Alliance.",
        "aliases": [],
        "es": {
            "name": "México",
            "description": (
                "República federal de América del Norte y uno de los cuatro miembros fundadores de la "
                "Alianza del Pacífico."
            ),
        },
        "wikidata": "Q96",
    },
    {
        "slug": "colombia",
        "name": "Colombia",
        "kind": "country",
        "description": "Peru’s northern neighbour and a founding member of the Pacific Alliance.",
        "aliases": [],
        "es": {
            "description": "Vecino del Perú por el norte y miembro fundador de la Alianza del Pacífico.",
        },
        "wikidata": "Q739",
    },
    {
        "slug": "brazil",
        "name": "Brazil",
        "kind": "country",
        "description": (
            "South America’s largest country, which shares a long and remote Amazonian border with Peru."
        ),
        "aliases": ["Brasil"],
        "es": {
            "name": "Brasil",
            "description": (
                "El país más grande de Sudamérica, con el que el Perú comparte una extensa y remota "
                "frontera amazónica."
            ),
        },
        "wikidata": "Q155",
    },
    {
        "slug": "germany",
        "name": "Germany",
        "kind": "country",
        "description": "Federal republic in central Europe, where a Peruvian farmer brought a climate claim against RWE.",
        "aliases": ["Alemania"],
        "es": {
            "name": "Alemania",
            "description": (
                "República federal de Europa central, donde un agricultor peruano presentó una demanda "
                "climática contra RWE."
            ),
        },
        "wikidata": "Q183",
    },
    {
        "slug": "united-kingdom",
        "name": "United Kingdom",
        "kind": "country",
        "description": "Country in north-western Europe where the Peru Support Group is based.",
        "aliases": ["UK", "Britain", "Reino Unido", "Gran Bretaña"],
        "exact_case": ["UK"],
        "es": {
            "name": "Reino Unido",
            "description": "País del noroeste de Europa donde tiene su sede el Peru Support Group.",
        },
        "wikidata": "Q145",
    },
    # ---------------------------------------------- blocs, agreements, forums
    {
        "slug": "apec",
        "name": "Asia-Pacific Economic Cooperation",
        "kind": "bloc",
        "description": (
            "Forum of 21 Pacific Rim economies, founded in 1989, that promotes trade and investment "
            "through non-binding commitments and an annual leaders’ meeting."
        ),
        "aliases": ["APEC", "Foro de Cooperación Económica Asia-Pacífico"],
        "exact_case": ["APEC"],
        "es": {
            "name": "Foro de Cooperación Económica Asia-Pacífico",
            "description": (
                "Foro de 21 economías de la cuenca del Pacífico, creado en 1989, que promueve el comercio y "
                "la inversión mediante compromisos no vinculantes y una reunión anual de líderes."
            ),
        },
    },
    {
        "slug": "trans-pacific-partnership",
        "name": "Trans-Pacific Partnership",
        "kind": "agreement",
        "description": (
            "Trade agreement signed in 2016 by twelve Pacific countries, Peru among them. It never took "
            "effect after the United States withdrew in 2017; the others went on to a revised pact."
        ),
        "aliases": ["TPP", "Acuerdo de Asociación Transpacífico", "Acuerdo Transpacífico"],
        "exact_case": ["TPP"],
        "es": {
            "name": "Acuerdo de Asociación Transpacífico",
            "description": (
                "Tratado comercial firmado en 2016 por doce países del Pacífico, entre ellos el Perú. Nunca "
                "entró en vigor tras la retirada de Estados Unidos en 2017; los demás firmantes adoptaron "
                "después un acuerdo revisado."
            ),
        },
        "start": date(2016, 2, 4),
    },
    {
        "slug": "pacific-alliance",
        "name": "Pacific Alliance",
        "kind": "bloc",
        "description": (
            "Regional integration bloc launched in Lima in 2011 by Peru, Chile, Colombia and Mexico to "
            "deepen trade among its members and with Asia."
        ),
        "aliases": ["Alianza del Pacífico"],
        "es": {
            "name": "Alianza del Pacífico",
            "description": (
                "Bloque de integración regional creado en Lima en 2011 por el Perú, Chile, Colombia y México "
                "para estrechar el comercio entre sus miembros y con Asia."
            ),
        },
        "start": date(2011, 4, 28),
    },
    {
        "slug": "ftaap",
        "name": "Free Trade Area of the Asia-Pacific",
        "kind": "agreement",
        "description": (
            "Proposed free trade zone covering the APEC economies, championed by China as an "
            "alternative to the Trans-Pacific Partnership."
        ),
        "aliases": ["FTAAP", "Área de Libre Comercio del Asia-Pacífico"],
        "es": {
            "name": "Área de Libre Comercio del Asia-Pacífico",
            "description": (
                "Zona de libre comercio propuesta para las economías del APEC, impulsada por China como "
                "alternativa al Acuerdo Transpacífico."
            ),
        },
    },
    {
        "slug": "american-convention-on-human-rights",
        "name": "American Convention on Human Rights",
        "kind": "agreement",
        "description": (
            "Regional human rights treaty of the Americas, adopted in San José in 1969, whose application "
            "is overseen by the Inter-American Commission and Court. Peru is a party."
        ),
        "aliases": ["Convención Americana sobre Derechos Humanos"],
        "es": {
            "name": "Convención Americana sobre Derechos Humanos",
            "description": (
                "Tratado regional de derechos humanos de las Américas, adoptado en San José en 1969, cuyo "
                "cumplimiento supervisan la Comisión y la Corte Interamericanas. El Perú es Estado parte."
            ),
        },
        "start": date(1969, 11, 22),
    },
    {
        "slug": "ilo-convention-169",
        "name": "ILO Convention 169",
        "kind": "agreement",
        "description": (
            "International Labour Organization treaty of 1989 on the rights of indigenous and tribal "
            "peoples, including consultation on measures that affect them. Peru ratified it in 1994."
        ),
        "aliases": ["Convenio 169 de la OIT"],
        "es": {
            "name": "Convenio 169 de la OIT",
            "description": (
                "Tratado de 1989 de la Organización Internacional del Trabajo sobre los derechos de los "
                "pueblos indígenas y tribales, incluida la consulta sobre las medidas que los afectan. El "
                "Perú lo ratificó en 1994."
            ),
        },
        "start": date(1989, 6, 27),
    },
    # --------------------------------------------------- international bodies
    {
        "slug": "united-nations",
        "name": "United Nations",
        "kind": "organisation",
        "description": (
            "The worldwide intergovernmental organisation founded in 1945, whose human rights experts "
            "have repeatedly commented on Peru."
        ),
        "aliases": ["UN", "Naciones Unidas", "ONU"],
        "exact_case": ["UN", "ONU"],
        "es": {
            "name": "Naciones Unidas",
            "description": (
                "La organización intergubernamental mundial fundada en 1945, cuyos expertos en derechos "
                "humanos se han pronunciado en repetidas ocasiones sobre el Perú."
            ),
        },
        "start": date(1945, 10, 24),
        "wikidata": "Q1065",
    },
    {
        "slug": "organization-of-american-states",
        "name": "Organization of American States",
        "kind": "organisation",
        "description": (
            "Regional body of the countries of the Americas, created in 1948, which observes elections "
            "and hosts the inter-American human rights system."
        ),
        "aliases": ["OAS", "Organización de los Estados Americanos", "OEA"],
        "exact_case": ["OAS", "OEA"],
        "es": {
            "name": "Organización de los Estados Americanos",
            "description": (
                "Organismo regional de los países de las Américas, creado en 1948, que observa elecciones y "
                "acoge el sistema interamericano de derechos humanos."
            ),
        },
        "start": date(1948, 4, 30),
    },
    {
        "slug": "inter-american-court-of-human-rights",
        "name": "Inter-American Court of Human Rights",
        "kind": "organisation",
        "description": (
            "Regional court based in San José, Costa Rica, that rules on states’ compliance with the "
            "American Convention. Its Barrios Altos judgment of 2001 held amnesties for grave abuses "
            "incompatible with it."
        ),
        "aliases": ["Inter-American Court", "Corte Interamericana de Derechos Humanos", "Corte Interamericana"],
        "es": {
            "name": "Corte Interamericana de Derechos Humanos",
            "description": (
                "Tribunal regional con sede en San José de Costa Rica que juzga si los Estados cumplen la "
                "Convención Americana. Su sentencia de 2001 en el caso Barrios Altos declaró incompatibles "
                "con ella las amnistías por violaciones graves."
            ),
        },
    },
    {
        "slug": "inter-american-commission-on-human-rights",
        "name": "Inter-American Commission on Human Rights",
        "kind": "organisation",
        "description": (
            "Body of the Organization of American States, based in Washington, that monitors human "
            "rights in the region, receives petitions and carries out country visits."
        ),
        "aliases": [
            "IACHR",
            "Inter-American Commission",
            "Comisión Interamericana de Derechos Humanos",
            "Comisión Interamericana",
            "CIDH",
        ],
        "exact_case": ["IACHR", "CIDH"],
        "es": {
            "name": "Comisión Interamericana de Derechos Humanos",
            "description": (
                "Órgano de la Organización de los Estados Americanos, con sede en Washington, que vigila los "
                "derechos humanos en la región, recibe peticiones y realiza visitas a los países."
            ),
        },
    },
    {
        "slug": "amnesty-international",
        "name": "Amnesty International",
        "kind": "ngo",
        "description": "International human rights organisation that has documented the killing of protesters in Peru.",
        "aliases": ["Amnistía Internacional"],
        "es": {
            "name": "Amnistía Internacional",
            "description": (
                "Organización internacional de derechos humanos que ha documentado las muertes de "
                "manifestantes en el Perú."
            ),
        },
    },
    # ---------------------------------------------------- Peruvian institutions
    {
        "slug": "congress-of-peru",
        "name": "Congress of the Republic of Peru",
        "kind": "organisation",
        "description": (
            "Peru’s legislature, a single chamber under the 1993 constitution until a Senate returns "
            "with the 2026 elections. It can remove a president for ‘permanent moral incapacity’."
        ),
        "aliases": ["Congress", "Congreso", "Congreso de la República"],
        "exact_case": ["Congress", "Congreso"],
        "es": {
            "name": "Congreso de la República del Perú",
            "description": (
                "El poder legislativo del Perú, unicameral bajo la Constitución de 1993 hasta el regreso "
                "del Senado con las elecciones de 2026. Puede destituir al presidente por “incapacidad "
                "moral permanente”."
            ),
        },
    },
    {
        "slug": "supreme-court-of-peru",
        "name": "Supreme Court of Peru",
        "kind": "organisation",
        "description": "The highest court of Peru’s ordinary judiciary.",
        "aliases": ["Supreme Court", "Corte Suprema"],
        "exact_case": ["Supreme Court", "Corte Suprema"],
        "es": {
            "name": "Corte Suprema del Perú",
            "description": "El máximo tribunal del Poder Judicial peruano.",
        },
    },
    {
        "slug": "constitutional-tribunal",
        "name": "Constitutional Tribunal",
        "kind": "organisation",
        "description": (
            "Peru’s constitutional court, whose members are chosen by Congress; it rules on the "
            "constitutionality of laws and on disputes between branches of the state."
        ),
        "aliases": ["Tribunal Constitucional"],
        "es": {
            "name": "Tribunal Constitucional",
            "description": (
                "El tribunal constitucional del Perú, cuyos miembros elige el Congreso; se pronuncia sobre "
                "la constitucionalidad de las leyes y los conflictos entre poderes del Estado."
            ),
        },
    },
    {
        "slug": "national-elections-jury",
        "name": "National Elections Jury",
        "kind": "organisation",
        "description": "Peru’s highest electoral authority, which settles disputes and proclaims election results.",
        "aliases": ["JNE", "Jurado Nacional de Elecciones"],
        "exact_case": ["JNE"],
        "es": {
            "name": "Jurado Nacional de Elecciones",
            "description": (
                "La máxima autoridad electoral del Perú, que resuelve las controversias y proclama los "
                "resultados."
            ),
        },
    },
    {
        "slug": "ombudsman-office",
        "name": "Ombudsman’s Office",
        "kind": "organisation",
        "description": (
            "Peru’s autonomous public defender of citizens’ rights, which among other things publishes "
            "a monthly report on social conflicts across the country."
        ),
        "aliases": ["Ombudsman", "Defensoría del Pueblo"],
        "exact_case": ["Ombudsman"],
        "es": {
            "name": "Defensoría del Pueblo",
            "description": (
                "Órgano constitucional autónomo que defiende los derechos de la ciudadanía en el Perú y que, "
                "entre otras tareas, publica cada mes un reporte de los conflictos sociales del país."
            ),
        },
    },
    {
        "slug": "truth-and-reconciliation-commission",
        "name": "Truth and Reconciliation Commission",
        "kind": "organisation",
        "description": (
            "Commission set up in 2001 to investigate the internal armed conflict of 1980–2000. Its 2003 "
            "final report estimated that some 69,000 people had died or disappeared."
        ),
        "aliases": [
            "CVR",
            "Truth Commission",
            "Comisión de la Verdad y Reconciliación",
            "Comisión de la Verdad",
        ],
        "exact_case": ["CVR"],
        "es": {
            "name": "Comisión de la Verdad y Reconciliación",
            "description": (
                "Comisión creada en 2001 para investigar el conflicto armado interno de 1980–2000. Su informe "
                "final de 2003 estimó en unas 69 000 las personas muertas o desaparecidas."
            ),
        },
        "end": date(2003, 8, 28),
    },
    # ------------------------------------------------ parties and armed groups
    {
        "slug": "fuerza-popular",
        "name": "Fuerza Popular",
        "kind": "party",
        "description": (
            "Right-wing party founded by Keiko Fujimori in 2010 to carry on her father’s political "
            "movement. It was the largest force in Congress from 2016 to 2019."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Partido de derecha fundado por Keiko Fujimori en 2010 para dar continuidad al movimiento "
                "político de su padre. Fue la principal fuerza del Congreso de 2016 a 2019."
            ),
        },
    },
    {
        "slug": "peru-libre",
        "name": "Perú Libre",
        "kind": "party",
        "description": (
            "Left-wing party that describes itself as Marxist-Leninist, under whose banner Pedro Castillo "
            "won the presidency in 2021."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Partido de izquierda que se define como marxista-leninista y con el que Pedro Castillo ganó "
                "la presidencia en 2021."
            ),
        },
    },
    {
        "slug": "shining-path",
        "name": "Shining Path",
        "kind": "organisation",
        "description": (
            "Maoist insurgent group that began its armed campaign against the Peruvian state in 1980; "
            "the Truth Commission held it responsible for the largest share of deaths in the conflict."
        ),
        "aliases": ["Sendero Luminoso"],
        "es": {
            "name": "Sendero Luminoso",
            "description": (
                "Grupo insurgente maoísta que inició su lucha armada contra el Estado peruano en 1980; la "
                "Comisión de la Verdad le atribuyó la mayor parte de las muertes del conflicto."
            ),
        },
    },
    {
        "slug": "aidesep",
        "name": "AIDESEP",
        "kind": "organisation",
        "description": (
            "National federation of the indigenous peoples of the Peruvian Amazon, which led the 2009 "
            "protests against decrees affecting indigenous lands."
        ),
        "aliases": ["Asociación Interétnica de Desarrollo de la Selva Peruana"],
        "es": {
            "description": (
                "Federación nacional de los pueblos indígenas de la Amazonía peruana, que encabezó las "
                "protestas de 2009 contra los decretos que afectaban a las tierras indígenas."
            ),
        },
    },
    # --------------------------------------------------------------- companies
    {
        "slug": "minera-yanacocha",
        "name": "Minera Yanacocha",
        "kind": "company",
        "description": (
            "Operator of the large Yanacocha gold mine near the city of Cajamarca and promoter of the "
            "Conga project, controlled by Newmont, with Buenaventura long its Peruvian partner."
        ),
        "aliases": ["Yanacocha"],
        "es": {
            "description": (
                "Operadora de la gran mina de oro de Yanacocha, cerca de la ciudad de Cajamarca, y promotora "
                "del proyecto Conga, controlada por Newmont, con Buenaventura como socia peruana durante "
                "muchos años."
            ),
        },
    },
    {
        "slug": "newmont",
        "name": "Newmont",
        "kind": "company",
        "description": "US gold mining company, one of the largest in the world and the majority owner of Minera Yanacocha.",
        "aliases": [],
        "es": {
            "description": (
                "Empresa minera aurífera estadounidense, una de las mayores del mundo y accionista mayoritaria "
                "de Minera Yanacocha."
            ),
        },
    },
    {
        "slug": "buenaventura",
        "name": "Compañía de Minas Buenaventura",
        "kind": "company",
        "description": "Peruvian precious metals mining company and long-standing partner of Newmont in Minera Yanacocha.",
        "aliases": ["Buenaventura"],
        "exact_case": ["Buenaventura"],
        "es": {
            "description": (
                "Empresa minera peruana de metales preciosos y socia de Newmont en Minera Yanacocha durante "
                "muchos años."
            ),
        },
    },
    {
        "slug": "petroperu",
        "name": "Petroperú",
        "kind": "company",
        "description": (
            "Peru’s state-owned oil company, which runs the Northern Peruvian Pipeline and the "
            "modernised Talara refinery."
        ),
        "aliases": ["Petróleos del Perú"],
        "es": {
            "description": (
                "La empresa petrolera estatal del Perú, que opera el Oleoducto Norperuano y la modernizada "
                "refinería de Talara."
            ),
        },
    },
    {
        "slug": "repsol",
        "name": "Repsol",
        "kind": "company",
        "description": (
            "Spanish energy company that runs the La Pampilla refinery near Lima, site of a major oil "
            "spill in January 2022."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Empresa energética española que opera la refinería La Pampilla, cerca de Lima, escenario de "
                "un gran derrame de petróleo en enero de 2022."
            ),
        },
    },
    {
        "slug": "mmg",
        "name": "MMG",
        "kind": "company",
        "description": (
            "Mining company controlled by China Minmetals, which leads the consortium that owns the Las "
            "Bambas copper mine."
        ),
        "aliases": ["MMG Limited"],
        "exact_case": ["MMG"],
        "es": {
            "description": (
                "Empresa minera controlada por China Minmetals, que encabeza el consorcio propietario de la "
                "mina de cobre Las Bambas."
            ),
        },
    },
    {
        "slug": "china-minmetals",
        "name": "China Minmetals",
        "kind": "company",
        "description": "Chinese state-owned metals and mining group, the controlling shareholder of MMG.",
        "aliases": ["China Minmetals Corporation"],
        "es": {
            "description": "Grupo estatal chino de metales y minería, accionista mayoritario de MMG.",
        },
    },
    {
        "slug": "southern-copper",
        "name": "Southern Copper",
        "kind": "company",
        "description": (
            "Copper producer with large mines in Peru and Mexico, part of Grupo México and owner of the "
            "Tía María project in Arequipa."
        ),
        "aliases": ["Southern Copper Corporation"],
        "es": {
            "description": (
                "Productora de cobre con grandes minas en el Perú y México, parte de Grupo México y "
                "propietaria del proyecto Tía María, en Arequipa."
            ),
        },
    },
    {
        "slug": "grupo-mexico",
        "name": "Grupo México",
        "kind": "company",
        "description": "Mexican conglomerate with interests in mining, transport and infrastructure, and the parent of Southern Copper.",
        "aliases": [],
        "es": {
            "description": (
                "Conglomerado mexicano con intereses en la minería, el transporte y la infraestructura, y "
                "matriz de Southern Copper."
            ),
        },
    },
    {
        "slug": "odebrecht",
        "name": "Odebrecht",
        "kind": "company",
        "description": (
            "Brazilian construction group that admitted paying bribes across Latin America; the "
            "resulting investigations have reached several Peruvian presidents."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Grupo constructor brasileño que admitió haber pagado sobornos en toda América Latina; las "
                "investigaciones derivadas han alcanzado a varios presidentes peruanos."
            ),
        },
    },
    {
        "slug": "rwe",
        "name": "RWE",
        "kind": "company",
        "description": (
            "German energy company and one of Europe’s largest historic emitters of carbon dioxide, "
            "sued by Saúl Luciano Lliuya over glacial flood risk in Huaraz."
        ),
        "aliases": ["RWE AG"],
        "es": {
            "description": (
                "Empresa energética alemana y uno de los mayores emisores históricos de dióxido de carbono "
                "de Europa, demandada por Saúl Luciano Lliuya por el riesgo de aluvión en Huaraz."
            ),
        },
    },
    # ------------------------------------------------------------------ places
    {
        "slug": "lima",
        "name": "Lima",
        "kind": "place",
        "description": "Capital and largest city of Peru, on the Pacific coast, and seat of the government and Congress.",
        "aliases": [],
        "exact_case": ["Lima"],
        "es": {
            "description": "Capital y ciudad más grande del Perú, en la costa del Pacífico, sede del Gobierno y del Congreso.",
        },
        "wikidata": "Q2868",
    },
    {
        "slug": "cajamarca",
        "name": "Cajamarca",
        "kind": "place",
        "description": (
            "Region in the northern Andes of Peru, and its capital city, where large-scale gold mining "
            "has long been in conflict with farming communities over water."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Región de los Andes del norte del Perú, y su ciudad capital, donde la gran minería aurífera "
                "lleva años en conflicto con las comunidades campesinas por el agua."
            ),
        },
    },
    {
        "slug": "conga",
        "name": "Conga",
        "kind": "place",
        "description": (
            "Gold and copper project in Cajamarca proposed by Minera Yanacocha, which would have drained "
            "highland lakes; it has been on hold since protests in 2011 and 2012."
        ),
        "aliases": ["Minas Conga"],
        "exact_case": ["Conga"],
        "es": {
            "description": (
                "Proyecto de oro y cobre en Cajamarca promovido por Minera Yanacocha, que habría vaciado "
                "lagunas altoandinas; está paralizado desde las protestas de 2011 y 2012."
            ),
        },
    },
    {
        "slug": "saweto",
        "name": "Alto Tamaya–Saweto",
        "kind": "place",
        "description": (
            "Asháninka community in Ucayali, near the border with Brazil, whose leaders were murdered in "
            "2014 after years of campaigning against illegal logging."
        ),
        "aliases": ["Saweto"],
        "es": {
            "description": (
                "Comunidad asháninka de Ucayali, cerca de la frontera con Brasil, cuyos dirigentes fueron "
                "asesinados en 2014 tras años de lucha contra la tala ilegal."
            ),
        },
    },
    {
        "slug": "bagua",
        "name": "Bagua",
        "kind": "place",
        "description": (
            "Town and province in the Amazonas region, scene in June 2009 of violence during a police "
            "operation to end an indigenous road blockade, in which 33 people died."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Ciudad y provincia de la región Amazonas, escenario en junio de 2009 de la violencia "
                "desatada durante un operativo policial para levantar un bloqueo indígena, en la que "
                "murieron 33 personas."
            ),
        },
    },
    {
        "slug": "loreto",
        "name": "Loreto",
        "kind": "place",
        "description": (
            "Peru’s largest region, in the northern Amazon, where decades of oil extraction have "
            "polluted the river basins on which indigenous peoples depend."
        ),
        "aliases": [],
        "es": {
            "description": (
                "La región más extensa del Perú, en la Amazonía norte, donde décadas de explotación petrolera "
                "han contaminado las cuencas de las que dependen los pueblos indígenas."
            ),
        },
    },
    {
        "slug": "northern-peruvian-pipeline",
        "name": "Northern Peruvian Pipeline",
        "kind": "place",
        "description": (
            "Oil pipeline built in the 1970s to carry crude from the northern Amazon across the Andes to "
            "the Pacific coast; it has suffered repeated spills."
        ),
        "aliases": ["Oleoducto Norperuano"],
        "es": {
            "name": "Oleoducto Norperuano",
            "description": (
                "Oleoducto construido en los años setenta para llevar crudo de la Amazonía norte a la costa "
                "del Pacífico a través de los Andes; ha sufrido derrames reiterados."
            ),
        },
    },
    {
        "slug": "ayacucho",
        "name": "Ayacucho",
        "kind": "place",
        "description": (
            "Southern Andean region, and its capital city, where the Shining Path began its insurgency "
            "and which suffered heavily in the conflict and again in the protests of 2022."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Región de los Andes del sur, y su ciudad capital, donde Sendero Luminoso inició su "
                "insurgencia; sufrió duramente el conflicto y de nuevo las protestas de 2022."
            ),
        },
    },
    {
        "slug": "apurimac",
        "name": "Apurímac",
        "kind": "place",
        "description": "Region in the southern Andes of Peru, home to the Las Bambas copper mine.",
        "aliases": [],
        "es": {
            "description": "Región de los Andes del sur del Perú donde se encuentra la mina de cobre Las Bambas.",
        },
    },
    {
        "slug": "cusco",
        "name": "Cusco",
        "kind": "place",
        "description": (
            "Southern Andean region and its capital, the former Inca capital; its province of "
            "Chumbivilcas lies on the Las Bambas mining road."
        ),
        "aliases": ["Cuzco"],
        "es": {
            "description": (
                "Región de los Andes del sur y su capital, la antigua capital inca; su provincia de "
                "Chumbivilcas está en el corredor vial de Las Bambas."
            ),
        },
    },
    {
        "slug": "puno",
        "name": "Puno",
        "kind": "place",
        "description": (
            "Region on the altiplano around Lake Titicaca, with a large Quechua and Aymara population; "
            "it saw many of the protest deaths of 2022–23, above all in Juliaca."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Región del altiplano en torno al lago Titicaca, con una numerosa población quechua y aimara; "
                "allí se produjeron muchas de las muertes en las protestas de 2022–23, sobre todo en "
                "Juliaca."
            ),
        },
    },
    {
        "slug": "juliaca",
        "name": "Juliaca",
        "kind": "place",
        "description": (
            "Commercial city in the Puno region where seventeen civilians were killed on 9 January 2023, "
            "the deadliest day of the protests against the Boluarte government."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Ciudad comercial de la región Puno donde murieron diecisiete civiles el 9 de enero de 2023, "
                "la jornada más letal de las protestas contra el gobierno de Boluarte."
            ),
        },
    },
    {
        "slug": "arequipa",
        "name": "Arequipa",
        "kind": "place",
        "description": (
            "Region in southern Peru, and its capital, Peru’s second city; the Tía María copper project "
            "lies in its province of Islay."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Región del sur del Perú, y su capital, segunda ciudad del país; el proyecto cuprífero Tía "
                "María se ubica en su provincia de Islay."
            ),
        },
    },
    {
        "slug": "tia-maria",
        "name": "Tía María",
        "kind": "place",
        "description": (
            "Copper project of Southern Copper beside the Tambo valley in Arequipa, opposed for years by "
            "local farmers who fear for their water and land."
        ),
        "aliases": [],
        "exact_case": ["Tía María"],
        "es": {
            "description": (
                "Proyecto cuprífero de Southern Copper junto al valle de Tambo, en Arequipa, al que se oponen "
                "desde hace años los agricultores locales por temor a perder su agua y sus tierras."
            ),
        },
    },
    {
        "slug": "madre-de-dios",
        "name": "Madre de Dios",
        "kind": "place",
        "description": (
            "Region in the southern Peruvian Amazon, bordering Brazil and Bolivia, and the centre of "
            "Peru’s illegal gold rush."
        ),
        "aliases": [],
        "exact_case": ["Madre de Dios"],
        "es": {
            "description": (
                "Región de la Amazonía sur del Perú, fronteriza con Brasil y Bolivia, y epicentro de la "
                "fiebre del oro ilegal."
            ),
        },
    },
    {
        "slug": "las-bambas",
        "name": "Las Bambas",
        "kind": "place",
        "description": (
            "Large open-pit copper mine in Apurímac, in production since 2016, and the scene of "
            "repeated conflicts over relocation and the road used to truck its concentrate."
        ),
        "aliases": [],
        "es": {
            "description": (
                "Gran mina de cobre a tajo abierto en Apurímac, en producción desde 2016, escenario de "
                "conflictos reiterados por el reasentamiento y por la carretera por la que se transporta "
                "su concentrado."
            ),
        },
    },
    {
        "slug": "la-pampilla",
        "name": "La Pampilla refinery",
        "kind": "place",
        "description": (
            "One of Peru’s main oil refineries, at Ventanilla just north of Lima, where a spill in "
            "January 2022 fouled beaches and fishing grounds along the coast."
        ),
        "aliases": ["La Pampilla", "refinería La Pampilla"],
        "es": {
            "name": "Refinería La Pampilla",
            "description": (
                "Una de las principales refinerías de petróleo del Perú, en Ventanilla, al norte de Lima, "
                "donde un derrame en enero de 2022 contaminó playas y zonas de pesca de la costa."
            ),
        },
    },
    # ------------------------------------------------------------------ events
    {
        "slug": "apec-summit-2016",
        "name": "2016 APEC summit in Lima",
        "kind": "event",
        "description": (
            "The week of APEC ministerial and leaders’ meetings that Peru hosted in Lima in November "
            "2016, shortly after Donald Trump’s election."
        ),
        "aliases": ["2016 APEC", "APEC 2016"],
        "es": {
            "name": "Cumbre del APEC 2016 en Lima",
            "description": (
                "La semana de reuniones ministeriales y de líderes del APEC que el Perú acogió en Lima en "
                "noviembre de 2016, poco después de la elección de Donald Trump."
            ),
        },
        "start": date(2016, 11, 14),
        "end": date(2016, 11, 20),
    },
    {
        "slug": "cop20-lima",
        "name": "COP20 climate conference in Lima",
        "kind": "event",
        "description": "The United Nations climate change conference hosted by Peru in Lima in December 2014.",
        "aliases": [
            "COP20",
            "United Nations climate conference",
            "conferencia de las Naciones Unidas sobre el cambio climático",
        ],
        "es": {
            "name": "COP20, conferencia sobre el clima de Lima",
            "description": (
                "La conferencia de las Naciones Unidas sobre el cambio climático que el Perú acogió en Lima "
                "en diciembre de 2014."
            ),
        },
        "start": date(2014, 12, 1),
        "end": date(2014, 12, 14),
    },
    {
        "slug": "barrios-altos-massacre",
        "name": "Barrios Altos massacre",
        "kind": "event",
        "description": (
            "Killing of fifteen people at a gathering in central Lima in November 1991 by an army death "
            "squad; it became a landmark case before the Inter-American Court."
        ),
        "aliases": ["Barrios Altos"],
        "es": {
            "name": "Matanza de Barrios Altos",
            "description": (
                "Asesinato de quince personas en una reunión en el centro de Lima en noviembre de 1991 a "
                "manos de un escuadrón del Ejército; se convirtió en un caso emblemático ante la Corte "
                "Interamericana."
            ),
        },
        "start": date(1991, 11, 3),
        "end": date(1991, 11, 3),
    },
    {
        "slug": "la-cantuta-massacre",
        "name": "La Cantuta massacre",
        "kind": "event",
        "description": (
            "Abduction and murder of a lecturer and nine students from La Cantuta university, near Lima, "
            "by an army death squad in July 1992."
        ),
        "aliases": ["La Cantuta"],
        "es": {
            "name": "Matanza de La Cantuta",
            "description": (
                "Secuestro y asesinato de un profesor y nueve estudiantes de la universidad La Cantuta, "
                "cerca de Lima, por un escuadrón del Ejército en julio de 1992."
            ),
        },
        "start": date(1992, 7, 18),
        "end": date(1992, 7, 18),
    },
    {
        "slug": "operation-mercury",
        "name": "Operation Mercury",
        "kind": "event",
        "description": (
            "Joint police and military operation launched in February 2019 to clear illegal gold mining "
            "from La Pampa in Madre de Dios."
        ),
        "aliases": ["Operación Mercurio"],
        "es": {
            "name": "Operación Mercurio",
            "description": (
                "Operativo conjunto de la policía y las Fuerzas Armadas iniciado en febrero de 2019 para "
                "erradicar la minería aurífera ilegal de La Pampa, en Madre de Dios."
            ),
        },
    },
]


RELATIONSHIPS = [
    {"subject": "pedro-pablo-kuczynski", "predicate": "president_of", "object": "peru", "source": "peru-hosts-apec", "start": date(2016, 7, 28), "end": date(2018, 3, 23)},
    {"subject": "xi-jinping", "predicate": "president_of", "object": "china", "source": "peru-hosts-apec", "start": date(2013, 3, 14), "end": None},
    {"subject": "barack-obama", "predicate": "president_of", "object": "united-states", "source": "peru-hosts-apec", "start": date(2009, 1, 20), "end": date(2017, 1, 20)},
    {"subject": "donald-trump", "predicate": "president_of", "object": "united-states", "source": None, "start": date(2017, 1, 20), "end": date(2021, 1, 20)},
    {"subject": "donald-trump", "predicate": "president_of", "object": "united-states", "source": None, "start": date(2025, 1, 20), "end": None},
    {"subject": "hillary-clinton", "predicate": "minister_in", "object": "united-states", "source": "peru-hosts-apec", "start": date(2009, 1, 21), "end": date(2013, 2, 1)},
    {"subject": "donald-trump", "predicate": "opponent_of", "object": "trans-pacific-partnership", "source": "peru-hosts-apec", "start": None, "end": None},
    {"subject": "peru", "predicate": "member_of", "object": "apec", "source": "peru-hosts-apec", "start": date(1998, 11, 14), "end": None},
    {"subject": "peru", "predicate": "party_to", "object": "trans-pacific-partnership", "source": "peru-hosts-apec", "start": date(2016, 2, 4), "end": None},
    {"subject": "chile", "predicate": "party_to", "object": "trans-pacific-partnership", "source": "peru-hosts-apec", "start": date(2016, 2, 4), "end": None},
    {"subject": "mexico", "predicate": "party_to", "object": "trans-pacific-partnership", "source": "peru-hosts-apec", "start": date(2016, 2, 4), "end": None},
    {"subject": "united-states", "predicate": "party_to", "object": "trans-pacific-partnership", "source": "peru-hosts-apec", "start": date(2016, 2, 4), "end": date(2017, 1, 23)},
    {"subject": "peru", "predicate": "member_of", "object": "pacific-alliance", "source": "peru-hosts-apec", "start": date(2011, 4, 28), "end": None},
    {"subject": "chile", "predicate": "member_of", "object": "pacific-alliance", "source": "peru-hosts-apec", "start": date(2011, 4, 28), "end": None},
    {"subject": "mexico", "predicate": "member_of", "object": "pacific-alliance", "source": "peru-hosts-apec", "start": date(2011, 4, 28), "end": None},
    {"subject": "colombia", "predicate": "member_of", "object": "pacific-alliance", "source": "peru-hosts-apec", "start": date(2011, 4, 28), "end": None},
    {"subject": "china", "predicate": "related_to", "object": "ftaap", "source": "peru-hosts-apec", "start": None, "end": None},
    {"subject": "peru", "predicate": "host_of", "object": "apec-summit-2016", "source": "peru-hosts-apec", "start": date(2016, 11, 14), "end": date(2016, 11, 20)},
    {"subject": "apec-summit-2016", "predicate": "part_of", "object": "apec", "source": "peru-hosts-apec", "start": None, "end": None},
    {"subject": "apec-summit-2016", "predicate": "located_in", "object": "lima", "source": "peru-hosts-apec", "start": None, "end": None},
    {"subject": "ollanta-humala", "predicate": "president_of", "object": "peru", "source": "conga-two-years-on", "start": date(2011, 7, 28), "end": date(2016, 7, 28)},
    {"subject": "newmont", "predicate": "owner_of", "object": "minera-yanacocha", "source": "conga-two-years-on", "start": None, "end": None},
    {"subject": "buenaventura", "predicate": "owner_of", "object": "minera-yanacocha", "source": "conga-two-years-on", "start": None, "end": None},
    {"subject": "minera-yanacocha", "predicate": "owner_of", "object": "conga", "source": "conga-two-years-on", "start": None, "end": None},
    {"subject": "conga", "predicate": "located_in", "object": "cajamarca", "source": "conga-two-years-on", "start": None, "end": None},
    {"subject": "gregorio-santos", "predicate": "head_of", "object": "cajamarca", "source": "conga-two-years-on", "start": None, "end": None},
    {"subject": "maxima-acuna", "predicate": "opponent_of", "object": "minera-yanacocha", "source": "conga-two-years-on", "start": None, "end": None},
    {"subject": "edwin-chota", "predicate": "leader_of", "object": "saweto", "source": "saweto-leaders-killed", "start": None, "end": None},
    {"subject": "peru", "predicate": "host_of", "object": "cop20-lima", "source": "saweto-leaders-killed", "start": date(2014, 12, 1), "end": date(2014, 12, 14)},
    {"subject": "alberto-pizango", "predicate": "leader_of", "object": "aidesep", "source": "bagua-defendants-acquitted", "start": None, "end": None},
    {"subject": "alan-garcia", "predicate": "president_of", "object": "peru", "source": "bagua-defendants-acquitted", "start": date(2006, 7, 28), "end": date(2011, 7, 28)},
    {"subject": "petroperu", "predicate": "owner_of", "object": "northern-peruvian-pipeline", "source": "oil-and-the-rivers-of-loreto", "start": None, "end": None},
    {"subject": "alberto-fujimori", "predicate": "president_of", "object": "peru", "source": "fujimori-pardon-annulled", "start": date(1990, 7, 28), "end": date(2000, 11, 22)},
    {"subject": "alberto-fujimori", "predicate": "related_to", "object": "barrios-altos-massacre", "source": "fujimori-pardon-annulled", "start": None, "end": None},
    {"subject": "alberto-fujimori", "predicate": "related_to", "object": "la-cantuta-massacre", "source": "fujimori-pardon-annulled", "start": None, "end": None},
    {"subject": "peru", "predicate": "party_to", "object": "american-convention-on-human-rights", "source": "fujimori-pardon-annulled", "start": None, "end": None},
    {"subject": "operation-mercury", "predicate": "located_in", "object": "madre-de-dios", "source": "gold-mercury-madre-de-dios", "start": None, "end": None},
    {"subject": "grupo-mexico", "predicate": "owner_of", "object": "southern-copper", "source": "tia-maria-licence-frozen", "start": None, "end": None},
    {"subject": "southern-copper", "predicate": "owner_of", "object": "tia-maria", "source": "tia-maria-licence-frozen", "start": None, "end": None},
    {"subject": "tia-maria", "predicate": "located_in", "object": "arequipa", "source": "tia-maria-licence-frozen", "start": None, "end": None},
    {"subject": "martin-vizcarra", "predicate": "president_of", "object": "peru", "source": "vizcarra-dissolves-congress", "start": date(2018, 3, 23), "end": date(2020, 11, 9)},
    {"subject": "keiko-fujimori", "predicate": "leader_of", "object": "fuerza-popular", "source": "vizcarra-dissolves-congress", "start": None, "end": None},
    {"subject": "manuel-merino", "predicate": "head_of", "object": "congress-of-peru", "source": "merino-resigns", "start": None, "end": date(2020, 11, 10)},
    {"subject": "manuel-merino", "predicate": "president_of", "object": "peru", "source": "merino-resigns", "start": date(2020, 11, 10), "end": date(2020, 11, 15)},
    {"subject": "francisco-sagasti", "predicate": "president_of", "object": "peru", "source": "merino-resigns", "start": date(2020, 11, 17), "end": date(2021, 7, 28)},
    {"subject": "pedro-castillo", "predicate": "president_of", "object": "peru", "source": "castillo-removed", "start": date(2021, 7, 28), "end": date(2022, 12, 7)},
    {"subject": "pedro-castillo", "predicate": "related_to", "object": "peru-libre", "source": "castillo-confirmed", "start": None, "end": None},
    {"subject": "dina-boluarte", "predicate": "president_of", "object": "peru", "source": "castillo-removed", "start": date(2022, 12, 7), "end": date(2025, 10, 10)},
    {"subject": "china-minmetals", "predicate": "owner_of", "object": "mmg", "source": "las-bambas-stoppage-ends", "start": None, "end": None},
    {"subject": "mmg", "predicate": "owner_of", "object": "las-bambas", "source": "las-bambas-stoppage-ends", "start": None, "end": None},
    {"subject": "las-bambas", "predicate": "located_in", "object": "apurimac", "source": "las-bambas-stoppage-ends", "start": None, "end": None},
    {"subject": "repsol", "predicate": "owner_of", "object": "la-pampilla", "source": "ventanilla-oil-spill", "start": None, "end": None},
    {"subject": "saul-luciano-lliuya", "predicate": "opponent_of", "object": "rwe", "source": "glaciers-and-a-german-court", "start": None, "end": None},
]
