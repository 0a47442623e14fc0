"""Spanish demo content for the "Peru Support Group" site: pure data, paired with `content.py`.

Everything here is keyed by the ENGLISH slug of the source item, so that the builder can pair
each Spanish page with its English original; the Spanish slug of each page is given in its
"slug" field (topics, plans and newsletters keep one slug in every language). Dates, authors, topics, images and other non-text fields come from the English
content. As in `content.py`, all authors and quotations are fictional; quotations are
attributed to unnamed people speaking to the PSG.

The texts are written in neutral Spanish, readable in Peru, addressing readers as "usted".
"""

from .content import SITE as _SITE_EN

CREDIT = "Ilustración: Peru Support Group"

_EMAIL = _SITE_EN["contact_email"]

SITE = {
    "strapline": "Investigación e incidencia independientes por los derechos humanos en el Perú",
    "footer": (
        "<p>El Peru Support Group es una organización de socios con sede en el Reino Unido, sostenida por "
        "voluntarios, que trabaja por los derechos humanos, la inclusión social y el desarrollo sostenible "
        "en el Perú. Este es un sitio de demostración: sus autores y sus citas son ficticios.</p>"
    ),
    "home_title": "Inicio",
    "home_intro": (
        "Noticias, análisis e investigación sobre los derechos humanos, el medio ambiente y la democracia "
        "en el Perú, desde un pequeño grupo británico que trabaja junto a organizaciones peruanas."
    ),
    "join_call": {
        "title": "Hágase socio",
        "text": (
            "Nuestro trabajo lo financian y lo orientan nuestros socios. Únase a nosotros para recibir "
            "nuestras notas informativas y ayudar a que los derechos humanos en el Perú sigan en la agenda "
            "del Reino Unido."
        ),
    },
}

SECTIONS = {
    "articles": {
        "slug": "articulos",
        "title": "Todos los artículos",
        "intro": "Noticias, análisis, notas informativas e informes sobre el Perú, de los más recientes a los más antiguos.",
    },
    "key-issues": {
        "slug": "temas-clave",
        "title": "Temas clave",
        "intro": (
            "Los temas que seguimos año tras año, con información de contexto y nuestros trabajos más "
            "recientes sobre cada uno."
        ),
    },
    "actors": {
        "slug": "actores",
        "title": "Personas y organizaciones",
        "intro": (
            "De quién tratan nuestros artículos: las personas, gobiernos, empresas, movimientos y lugares "
            "sobre los que escribimos, y cómo se relacionan entre sí."
        ),
    },
}

TOPICS = {
    "human-rights": {
        "name": "Derechos humanos",
        "description": (
            "Los derechos civiles, políticos, económicos y sociales en el Perú, y las instituciones que "
            "deberían protegerlos."
        ),
    },
    "mining-and-environment": {
        "name": "Minería y medio ambiente",
        "description": "Los efectos sociales y ambientales de la minería, el petróleo y otras industrias extractivas.",
    },
    "indigenous-peoples": {
        "name": "Pueblos indígenas",
        "description": (
            "Los derechos, los territorios y la voz política de los pueblos indígenas andinos y amazónicos "
            "del Perú."
        ),
    },
    "politics": {
        "name": "Política",
        "description": (
            "Las elecciones, los gobiernos, el Congreso y la salud de las instituciones democráticas del Perú."
        ),
    },
    "economy-and-trade": {
        "name": "Economía y comercio",
        "description": (
            "El crecimiento, la pobreza, los acuerdos comerciales y quién se beneficia de la riqueza natural "
            "del Perú."
        ),
    },
    "justice-and-memory": {
        "name": "Justicia y memoria",
        "description": (
            "La rendición de cuentas por los abusos del pasado y la manera en que el Perú recuerda el "
            "conflicto armado interno de 1980–2000."
        ),
    },
    "social-conflict": {
        "name": "Conflictos sociales",
        "description": (
            "Las protestas, las disputas por la tierra y el agua, y la forma en que el Estado responde a la "
            "disidencia."
        ),
    },
    "climate-and-water": {
        "name": "Clima y agua",
        "description": (
            "El retroceso de los glaciares, la escasez de agua y lo que el cambio climático significa para "
            "las comunidades peruanas."
        ),
    },
}

KEY_ISSUES = {
    "human-rights": {
        "slug": "derechos-humanos",
        "title": "Derechos humanos",
        "summary": (
            "Cómo la situación de los derechos humanos en el Perú ha estado marcada por el conflicto armado, "
            "la desigualdad y una tendencia recurrente a tratar la protesta como una amenaza."
        ),
        "body": [
            ("paragraph", (
                "<p>El Perú ha suscrito casi todos los grandes tratados internacionales de derechos humanos y "
                "acepta la competencia de la Corte Interamericana de Derechos Humanos. Su Constitución "
                "garantiza una amplia gama de derechos civiles, políticos, económicos y sociales. La distancia "
                "entre esos compromisos y la experiencia cotidiana de muchos peruanos, en especial de quienes "
                "son pobres, viven en el campo o son indígenas, está en el centro del trabajo del PSG.</p>"
            )),
            ("heading", "El legado del conflicto armado"),
            ("paragraph", (
                "<p>Entre 1980 y 2000, Sendero Luminoso y, en menor escala, el MRTA le hicieron la guerra al "
                "Estado peruano. Tanto los insurgentes como las fuerzas de seguridad cometieron graves abusos, "
                "entre ellos masacres, torturas, violencia sexual y desapariciones forzadas; la Comisión de la "
                "Verdad y Reconciliación estimó que unas 69 000 personas murieron o desaparecieron. La "
                "búsqueda de los desaparecidos, las reparaciones a los sobrevivientes y los procesos judiciales "
                "han avanzado con lentitud, y las leyes de prescripción y de amnistía aprobadas en 2024 y 2025 "
                "amenazan con paralizar por completo muchos casos.</p>"
            )),
            ("heading", "La protesta y el uso de la fuerza"),
            ("paragraph", (
                "<p>Una preocupación constante es el trato que reciben quienes protestan, sobre todo contra "
                "proyectos mineros, petroleros y de infraestructura que los gobiernos consideran estratégicos. "
                "Con frecuencia se declaran estados de emergencia, que suspenden algunos derechos "
                "constitucionales. Policías y militares han usado una y otra vez fuerza letal contra "
                "manifestantes, con la mayor gravedad en 2022–23, cuando murieron alrededor de cincuenta "
                "personas. Defensores ambientales y dirigentes indígenas han sido amenazados y asesinados, a "
                "menudo en lugares remotos donde el Estado apenas está presente.</p>"
            )),
            ("callout", {
                "title": "Nuestro enfoque",
                "text": (
                    "<p>Informamos sobre la rendición de cuentas por los abusos pasados y presentes, los "
                    "derechos de los manifestantes y de los defensores de derechos humanos, y los derechos de "
                    "las mujeres y de los pueblos indígenas, incluidas las personas que sobrevivieron a las "
                    "esterilizaciones forzadas de los años noventa.</p>"
                ),
            }),
        ],
    },
    "mining-and-the-environment": {
        "slug": "mineria-y-medio-ambiente",
        "title": "Minería y medio ambiente",
        "summary": (
            "La minería impulsa las exportaciones del Perú, pero es también la principal fuente de conflictos "
            "sociales y plantea preguntas difíciles sobre el agua, el consentimiento y quién se beneficia."
        ),
        "body": [
            ("paragraph", (
                "<p>El Perú se cuenta entre los principales productores mundiales de cobre, oro, plata y zinc, "
                "y los minerales representan el grueso de sus exportaciones. La minería ha traído inversión e "
                "ingresos fiscales, y ayudó a financiar un largo periodo de crecimiento desde comienzos de la "
                "década de 2000. Pero buena parte de ella se desarrolla en lo alto de los Andes, a menudo en "
                "las cabeceras de los ríos de los que dependen las comunidades campesinas, y muchas de esas "
                "comunidades ven pocos de sus beneficios.</p>"
            )),
            ("heading", "Agua y conflicto"),
            ("paragraph", (
                "<p>Las disputas en torno a la minería representan una gran parte de los conflictos sociales "
                "que la Defensoría del Pueblo registra cada mes. Casos como Conga en Cajamarca, Tía María en "
                "Arequipa y Las Bambas en Apurímac siguen un mismo patrón: temores por el agua y la tierra, la "
                "sensación de que las decisiones se tomaron sin una consulta genuina y una respuesta del Estado "
                "que se apoya mucho más en los estados de emergencia y en la acción policial que en el "
                "diálogo.</p>"
            )),
            ("heading", "Minería ilegal y petróleo"),
            ("paragraph", (
                "<p>Junto a la industria formal, la minería aurífera ilegal e informal se ha extendido con "
                "rapidez, sobre todo en Madre de Dios, Puno y La Libertad, y ha traído consigo deforestación, "
                "contaminación por mercurio, explotación laboral y crimen organizado. En la Amazonía norte, "
                "décadas de extracción petrolera y los repetidos derrames del Oleoducto Norperuano han dejado "
                "contaminación en territorios indígenas. El derrame de 2022 en la refinería La Pampilla "
                "demostró que tampoco la costa cercana a Lima está a salvo.</p>"
            )),
            ("quote", {
                "text": "No estamos en contra del desarrollo. Estamos en contra de que nos digan que nuestra agua es su precio.",
                "attribution": "Integrante de una ronda campesina de Cajamarca, en declaraciones al PSG",
            }),
        ],
    },
    "indigenous-peoples": {
        "slug": "pueblos-indigenas",
        "title": "Pueblos indígenas",
        "summary": (
            "Los pueblos indígenas andinos y amazónicos son parte central de la identidad del Perú; sin "
            "embargo, sus derechos se cuentan entre los menos respetados."
        ),
        "body": [
            ("paragraph", (
                "<p>Millones de peruanos se identifican como indígenas. En el censo de 2017, aproximadamente "
                "una cuarta parte de las personas de doce años o más se describieron como quechuas, aimaras, "
                "amazónicas o de otro origen indígena, y el quechua es la lengua materna de varios millones "
                "de personas. La Amazonía alberga a más de cincuenta pueblos distintos, entre ellos los "
                "asháninka, los awajún y los shipibo-konibo, además de pueblos en aislamiento voluntario.</p>"
            )),
            ("heading", "Tierra y territorio"),
            ("paragraph", (
                "<p>Un título colectivo seguro sobre la tierra es la base de casi todos los demás derechos de "
                "las comunidades indígenas, especialmente en la Amazonía, donde la tala, el petróleo, la "
                "minería, la coca y la construcción de carreteras presionan sobre el bosque. Muchas "
                "comunidades todavía no tienen un título completo, y obtenerlo es un trámite lento, costoso y "
                "burocrático. Dirigentes que defienden su territorio, como Edwin Chota, de Saweto, asesinado "
                "en 2014, lo han pagado con la vida.</p>"
            )),
            ("heading", "Consulta y participación"),
            ("paragraph", (
                "<p>El Perú ratificó el Convenio 169 de la OIT en 1994 y aprobó una ley de consulta previa en "
                "2011, después de las muertes de Bagua en 2009. La consulta ha abierto un canal formal de "
                "diálogo, pero no da a las comunidades el derecho a decir no, y muchas comunidades andinas han "
                "tenido dificultades para que se las reconozca como indígenas a efectos de la consulta. Los "
                "indígenas siguen estando subrepresentados en el Congreso y en el Gobierno.</p>"
            )),
            ("callout", {
                "title": "La discriminación y el Estado",
                "text": (
                    "<p>La Comisión de la Verdad y Reconciliación constató que tres de cada cuatro víctimas "
                    "del conflicto armado tenían una lengua indígena como lengua materna. Las muertes de "
                    "manifestantes en los Andes del sur en 2022–23 reavivaron preguntas dolorosas sobre la "
                    "manera en que el Estado trata a sus ciudadanos indígenas.</p>"
                ),
            }),
        ],
    },
    "poverty-and-inequality": {
        "slug": "pobreza-y-desigualdad",
        "title": "Pobreza y desigualdad",
        "summary": (
            "Dos décadas de crecimiento redujeron mucho la pobreza, pero persisten profundas brechas entre la "
            "ciudad y el campo, y entre la costa y el interior."
        ),
        "body": [
            ("paragraph", (
                "<p>Desde comienzos de la década de 2000 hasta mediados de la de 2010, el Perú fue una de las "
                "economías de más rápido crecimiento de América Latina, impulsada por los altos precios de sus "
                "minerales. Según las cifras oficiales, la pobreza monetaria bajó de más de la mitad de la "
                "población a alrededor de una quinta parte en 2019. Programas sociales como Juntos, una "
                "transferencia monetaria condicionada, y Pensión 65, una pensión no contributiva para adultos "
                "mayores, llegaron a hogares que nunca antes habían recibido ayuda del Estado.</p>"
            )),
            ("heading", "Avances frágiles"),
            ("paragraph", (
                "<p>La pandemia de covid-19 dejó en evidencia la fragilidad de ese progreso. El Perú registró "
                "una de las tasas de mortalidad más altas del mundo y, como la mayoría de los trabajadores "
                "está en la economía informal, sin licencia por enfermedad remunerada ni ahorros, las "
                "cuarentenas devolvieron a la pobreza a millones de personas. La tasa de pobreza subió a "
                "alrededor del 30 % en 2020 y desde entonces se ha mantenido por encima del nivel previo a la "
                "pandemia.</p>"
            )),
            ("heading", "La geografía de la desigualdad"),
            ("paragraph", (
                "<p>Los promedios nacionales ocultan diferencias marcadas. La pobreza es mucho mayor en el "
                "campo que en las ciudades, y alcanza sus niveles más altos en partes de los Andes y de la "
                "Amazonía, en regiones como Cajamarca, Puno, Huancavelica y Loreto. El acceso al agua potable, "
                "a la atención de salud y a una buena educación varía mucho, y los indígenas están "
                "sobrerrepresentados entre los pobres. Algunos de los distritos más pobres se encuentran cerca "
                "de las minas que generan buena parte de la riqueza del país.</p>"
            )),
            ("callout", {
                "title": "Qué examinamos",
                "text": (
                    "<p>Analizamos cómo la política económica, los acuerdos comerciales y la distribución de "
                    "los ingresos mineros influyen en la pobreza y la desigualdad, y si los programas sociales "
                    "llegan a quienes más los necesitan.</p>"
                ),
            }),
        ],
    },
    "political-system": {
        "slug": "sistema-politico",
        "title": "Sistema político",
        "summary": (
            "La democracia peruana ha sobrevivido a crisis reiteradas, pero la debilidad de los partidos y un "
            "Congreso poderoso han producido una inestabilidad crónica."
        ),
        "body": [
            ("paragraph", (
                "<p>El Perú es una república presidencialista regida por la Constitución de 1993, redactada "
                "después de que Alberto Fujimori cerrara el Congreso con el respaldo de las Fuerzas Armadas en "
                "1992. El presidente es elegido por cinco años y no puede ser reelegido de forma inmediata. "
                "Desde 1993 el Poder Legislativo tuvo una sola cámara de 130 miembros; el Senado vuelve con "
                "las elecciones de 2026.</p>"
            )),
            ("heading", "Un ciclo de crisis"),
            ("paragraph", (
                "<p>Desde 2016, el presidente y el Congreso han vivido en un conflicto casi permanente. El "
                "Congreso puede destituir a un presidente por “incapacidad moral permanente”, una cláusula "
                "vaga que se ha invocado o esgrimido como amenaza una y otra vez, mientras que el presidente "
                "puede disolver el Congreso si este niega la confianza a dos gabinetes. Pedro Pablo Kuczynski "
                "renunció en 2018; Martín Vizcarra disolvió el Congreso en 2019 y fue a su vez destituido en "
                "2020; Pedro Castillo fue destituido tras intentar cerrar el Congreso en 2022, y Dina Boluarte "
                "fue destituida en 2025.</p>"
            )),
            ("heading", "Partidos débiles, intereses fuertes"),
            ("paragraph", (
                "<p>Los partidos políticos suelen ser débiles y efímeros, y muchos giran en torno a una sola "
                "figura. Casi todos los que han ocupado la presidencia desde 1985 han sido objeto de "
                "investigaciones penales, varios de ellos en relación con el escándalo de sobornos de "
                "Odebrecht. Los críticos sostienen que leyes recientes han debilitado la lucha contra la "
                "corrupción, la independencia de los órganos judiciales y electorales y el espacio de las ONG, "
                "y han ido erosionando los contrapesos democráticos.</p>"
            )),
            ("callout", {
                "title": "Por qué importa",
                "text": (
                    "<p>La inestabilidad en la cúpula hace más difícil sostener políticas de pobreza, salud o "
                    "medio ambiente, y las crisis políticas han desembocado una y otra vez en violencia en las "
                    "calles. Contar con instituciones sólidas y que rindan cuentas es una cuestión de derechos "
                    "humanos.</p>"
                ),
            }),
        ],
    },
}

STANDARD_PAGES = {
    "our-aims": {
        "slug": "nuestros-objetivos",
        "title": "Nuestros objetivos",
        "summary": "Para qué existe el Peru Support Group y cómo llevamos a cabo nuestro trabajo.",
        "body": [
            ("paragraph", (
                "<p>El Peru Support Group es una organización de socios con sede en el Reino Unido que trabaja "
                "por un Perú más justo: un país donde se respeten los derechos humanos, nadie quede excluido "
                "de la vida pública y el desarrollo no se logre a costa del medio ambiente. Somos "
                "independientes de cualquier partido político, gobierno o empresa, y dependemos del tiempo "
                "de nuestros voluntarios y del apoyo de nuestros socios.</p>"
            )),
            ("heading", "Qué hacemos"),
            ("paragraph", (
                "<p>Investigamos y publicamos noticias, notas informativas e informes sobre lo que ocurre en el "
                "Perú. Cuando no se respetan las propias leyes peruanas o las normas internacionales, lo "
                "decimos, y trabajamos con organizaciones peruanas para llevar sus preocupaciones al Gobierno "
                "británico, al Parlamento, a los medios de comunicación y al público en general.</p>"
            )),
            ("paragraph", (
                "<p>Nos interesan no solo los abusos concretos, sino también las condiciones que permiten que "
                "se produzcan: instituciones débiles, un acceso desigual a la justicia y decisiones económicas "
                "que hacen que los más pobres carguen con los costos.</p>"
            )),
            ("callout", {
                "title": "Nuestros principios",
                "text": (
                    "<p>Escuchamos primero a la gente en el Perú, sobre todo a quienes más se ven afectados "
                    "por los temas que tratamos. Procuramos ser rigurosos, justos y cuidadosos con las "
                    "pruebas. Y trabajamos junto a las organizaciones peruanas, en lugar de hablar en su "
                    "nombre.</p>"
                ),
            }),
        ],
    },
    "historical-overview": {
        "slug": "resena-historica",
        "title": "Reseña histórica",
        "summary": (
            "Una breve guía de la historia que ha dado forma al Perú de hoy, desde la independencia hasta las "
            "crisis de los últimos años."
        ),
        "body": [
            ("paragraph", (
                "<p>El Perú declaró su independencia de España en 1821. Durante buena parte de los dos siglos "
                "transcurridos desde entonces, el poder se ha concentrado en Lima y en una pequeña élite de la "
                "costa, mientras que la población indígena de los Andes y de la Amazonía quedó en gran medida "
                "excluida de la vida política. Los periodos de gobierno civil se han alternado con regímenes "
                "militares y caudillos.</p>"
            )),
            ("heading", "Reforma y gobierno militar"),
            ("paragraph", (
                "<p>El gobierno militar del general Juan Velasco Alvarado, que tomó el poder en 1968, llevó a "
                "cabo una de las reformas agrarias de mayor alcance de América Latina: disolvió las grandes "
                "haciendas y nacionalizó industrias clave. Las reformas transformaron para siempre la sociedad "
                "rural, pero muchas de las cooperativas que crearon tuvieron dificultades, y las Fuerzas "
                "Armadas devolvieron el poder a los civiles en 1980.</p>"
            )),
            ("heading", "El conflicto y la década de 1990"),
            ("paragraph", (
                "<p>Ese mismo año, Sendero Luminoso inició su insurgencia armada en Ayacucho. En las dos "
                "décadas siguientes, la violencia de los insurgentes y de las fuerzas de seguridad costó cerca "
                "de 70 000 vidas, según la Comisión de la Verdad y Reconciliación. El colapso económico y la "
                "hiperinflación de fines de los años ochenta abrieron el camino a la elección de Alberto "
                "Fujimori en 1990. Fujimori cerró el Congreso en 1992, y su gobierno, al que muchos atribuyen "
                "la derrota de la insurgencia y la estabilización de la economía, se volvió cada vez más "
                "autoritario y corrupto hasta su caída en 2000.</p>"
            )),
            ("heading", "La democracia y sus descontentos"),
            ("paragraph", (
                "<p>Desde 2001 el Perú ha celebrado elecciones periódicas y, durante muchos años, gozó de un "
                "fuerte crecimiento. Sin embargo, los beneficios se repartieron de manera desigual, los "
                "conflictos por la minería y los recursos naturales se multiplicaron, y los escándalos de "
                "corrupción alcanzaron a casi todos los presidentes recientes. Desde 2016 el país atraviesa "
                "una prolongada crisis política, con presidentes destituidos u obligados a renunciar y "
                "protestas reprimidas en ocasiones con fuerza letal. Muchos de los problemas actuales hunden "
                "sus raíces en esta historia más larga.</p>"
            )),
        ],
    },
    "why-join": {
        "slug": "por-que-asociarse",
        "title": "Por qué asociarse",
        "summary": "Qué le ofrece ser socio del PSG y por qué su apoyo es importante.",
        "body": [
            ("paragraph", (
                "<p>El PSG es una organización pequeña, y todo lo que hacemos depende de nuestros socios. Las "
                "cuotas financian nuestras investigaciones y publicaciones, y el tiempo y la experiencia de "
                "los socios nos ayudan a reaccionar con rapidez cuando los acontecimientos en el Perú lo "
                "exigen.</p>"
            )),
            ("heading", "Qué recibe usted"),
            ("paragraph", (
                "<p>Los socios reciben actualizaciones periódicas sobre la actualidad del Perú, notas "
                "informativas e informes en profundidad sobre los temas que seguimos, e invitaciones a nuestra "
                "conferencia anual y a otros eventos, donde usted podrá escuchar directamente a activistas, "
                "investigadores y dirigentes comunales peruanos.</p>"
            )),
            ("heading", "Lo que su apoyo hace posible"),
            ("paragraph", (
                "<p>Su apoyo nos ayuda a mantener al Perú en la agenda del Reino Unido, a amplificar la voz de "
                "las organizaciones peruanas que trabajan por los derechos humanos, contra la pobreza y en "
                "defensa del medio ambiente, y a responder cuando esas organizaciones piden atención "
                "internacional en momentos de crisis.</p>"
            )),
            ("callout", {
                "title": "¿Quiere asociarse?",
                "text": (
                    "<p>Pueden asociarse tanto personas como organizaciones. En nuestra página Hágase socio le "
                    "explicamos cómo hacerlo.</p>"
                ),
            }),
        ],
    },
    "privacy": {
        "slug": "privacidad",
        "title": "Privacidad",
        "summary": (
            "Qué datos tenemos sobre nuestros socios, simpatizantes y lectores, por qué, durante cuánto tiempo "
            "y cómo consultarlos o borrarlos."
        ),
        "body": [
            ("paragraph", (
                "<p>El Peru Support Group guarda la menor cantidad posible de información personal, la usa "
                "solo para el funcionamiento del grupo y para mantenerse en contacto con quienes nos lo han "
                "pedido, y nunca la vende ni la cede a nadie. Esta página explica qué datos tenemos y qué puede "
                "hacer usted al respecto. Si algo no le queda claro, escríbanos a "
                f"<a href=\"mailto:{_EMAIL}\">{_EMAIL}</a>.</p>"
            )),
            ("heading", "Si usted es socio"),
            ("paragraph", (
                "<p>Cuando usted se asocia, registramos su nombre, su dirección de correo electrónico, la "
                "modalidad de socio que eligió, su forma de pago y los pagos que realiza (importe, fecha y "
                "referencia). Si hace una declaración de Gift Aid (el régimen británico que permite a las "
                "organizaciones benéficas recuperar el impuesto pagado por quien dona), registramos también su "
                "domicilio y su código postal, porque la HMRC, la administración tributaria británica, los "
                "exige antes de que podamos recuperar el impuesto correspondiente a su cuota. Usamos estos "
                "datos para gestionar su condición de socio: para enviarle recibos y recordatorios de "
                "renovación, darle acceso a los artículos reservados a socios y solicitar el Gift Aid.</p>"
            )),
            ("paragraph", (
                "<p>Los pagos con tarjeta se realizan en la propia página de pago de Stripe; Stripe gestiona los "
                "datos de su tarjeta y nosotros nunca los vemos. Las órdenes de pago periódicas, las "
                "transferencias bancarias y los cheques aparecen en nuestra cuenta bancaria, y nuestro "
                "tesorero los registra a mano.</p>"
            )),
            ("heading", "Si recibe nuestros boletines"),
            ("paragraph", (
                "<p>Guardamos su dirección de correo electrónico, su nombre si nos lo dio, su idioma, qué "
                "boletines recibe y un registro de su consentimiento: el texto que aceptó, cuándo y en qué "
                "página. Registramos qué números le hemos enviado, y anotamos cuándo un mensaje dirigido a "
                "usted es devuelto o se denuncia como spam, para dejar de escribir a una dirección que no "
                "quiere recibir nuestro correo. Cada boletín incluye un enlace para cambiar sus preferencias o "
                "darse de baja con un solo clic.</p>"
            )),
            ("paragraph", (
                "<p>Nuestros correos, boletines incluidos, se envían desde nuestro propio servidor de correo. "
                "No entregamos su dirección a ninguna empresa de listas de distribución.</p>"
            )),
            ("heading", "Recuento de aperturas y clics"),
            ("paragraph", (
                "<p>Nuestro programa de boletines puede contar cuántas veces se abrió un número y cuántas veces "
                "se siguió cada uno de sus enlaces. Esta función está desactivada, y modificaremos esta página "
                "antes de activarla. Si llegamos a hacerlo, solo contaremos totales por número y por enlace. "
                "Los enlaces y la pequeña imagen que hacen el recuento son los mismos en todos los ejemplares, "
                "de modo que no pueden decirnos quién abrió un boletín ni quién hizo clic en un enlace, y no "
                "registramos nada sobre la persona que lo hizo.</p>"
            )),
            ("heading", "Este sitio web"),
            ("paragraph", (
                "<p>Este sitio no carga nada de otras empresas: ni herramientas de analítica, ni publicidad, ni "
                "botones de redes sociales, ni fuentes o scripts externos. Solo instalamos una cookie cuando "
                "usted inicia sesión en su cuenta o usa un formulario que la necesita, como el formulario de "
                "inscripción, y únicamente para que funcione.</p>"
            )),
            ("heading", "Consultar y borrar sus datos"),
            ("paragraph", (
                "<p>Los socios pueden iniciar sesión en <a href=\"/es/account/\">la página de su cuenta</a> en "
                "cualquier momento. Desde allí puede descargar en un archivo todo lo que tenemos sobre usted, "
                "y también cerrar su cuenta, lo que borra de inmediato sus datos personales. Conservamos "
                "nuestros registros de pagos, porque nuestras cuentas deben cuadrar, pero sin su nombre ni sus "
                "datos de contacto.</p>"
            )),
            ("paragraph", (
                "<p>Hay una excepción. Si hizo una declaración de Gift Aid y hemos recuperado el impuesto sobre "
                "sus pagos, la HMRC nos exige conservar la declaración durante seis años. La conservamos "
                "durante ese plazo, y nada más, y después se borra automáticamente.</p>"
            )),
            ("paragraph", (
                "<p>Si recibe nuestros boletines sin ser socio, el enlace que figura al pie de cada número le "
                "permite darse de baja. A partir de entonces solo conservamos su dirección y la constancia de "
                "que se dio de baja, para no volver a escribirle nunca por error. Si desea que borremos también "
                f"eso, escriba a <a href=\"mailto:{_EMAIL}\">{_EMAIL}</a>.</p>"
            )),
            ("callout", {
                "title": "Preguntas o reclamos",
                "text": (
                    "<p>Escríbanos a "
                    f"<a href=\"mailto:{_EMAIL}\">{_EMAIL}</a> y le responderá un voluntario. Si no queda "
                    "satisfecho con nuestra respuesta, puede presentar un reclamo ante la Information "
                    "Commissioner’s Office, la autoridad que supervisa la protección de datos en el Reino "
                    "Unido.</p>"
                ),
            }),
        ],
    },
}

PANELS = [
    {
        "title": "Nuestros objetivos",
        "body": (
            "<p>Somos un grupo con sede en el Reino Unido que trabaja por un Perú más justo, donde se respeten "
            "los derechos humanos, nadie quede excluido de la vida pública y el desarrollo no se haga a costa "
            "del planeta. Investigamos, publicamos y hacemos incidencia, y señalamos las brechas entre los "
            "compromisos del Perú y lo que de verdad ocurre sobre el terreno.</p>"
        ),
        "link_page": "our-aims",
        "link_label": "Conozca nuestros objetivos",
    },
    {
        "title": "Reseña histórica",
        "body": (
            "<p>Los gobiernos militares, el autoritarismo y dos décadas de conflicto armado que costaron cerca "
            "de 70 000 vidas han dejado huellas profundas en el Perú. Sin esa historia no se pueden entender "
            "las protestas, las crisis políticas ni los reclamos de justicia de hoy.</p>"
        ),
        "link_page": "historical-overview",
        "link_label": "Lea la reseña",
    },
    {
        "title": "Derechos humanos",
        "body": (
            "<p>El conflicto de 1980–2000 trajo asesinatos, torturas y desapariciones a gran escala, y pocos de "
            "los responsables han sido juzgados. Quienes protestan, sobre todo contra grandes proyectos "
            "mineros y energéticos, todavía se enfrentan con demasiada frecuencia a estados de emergencia, "
            "denuncias penales y fuerza letal.</p>"
        ),
        "link_page": "human-rights",
        "link_label": "Los derechos humanos en el Perú",
    },
    {
        "title": "¿Por qué asociarse?",
        "body": (
            "<ul><li>Reciba periódicamente noticias y análisis del Perú</li>"
            "<li>Entienda lo que hay detrás de los titulares, de la minería a la memoria</li>"
            "<li>Ayúdenos a acompañar a las comunidades peruanas y a los defensores de derechos</li></ul>"
        ),
        "link_page": "become-a-member",
        "link_label": "Hágase socio",
    },
]

JOIN_PAGE = {
    "slug": "hagase-socio",
    "title": "Hágase socio",
    "intro": (
        "<p>Los socios mantienen la independencia del Peru Support Group: sus cuotas financian nuestras "
        "investigaciones, nuestras notas informativas y las visitas de defensores peruanos de derechos "
        "humanos al Reino Unido. Puede asociarse cualquier persona que comparta nuestra preocupación por los "
        "derechos, la justicia y un futuro sostenible en el Perú; las organizaciones benéficas, los "
        "sindicatos, los grupos religiosos y las asociaciones estudiantiles pueden hacerlo como "
        "organizaciones.</p>"
        "<ul><li>Nuestras noticias y análisis, e invitaciones a nuestros eventos</li>"
        "<li>Voz en la conducción del grupo, en la asamblea general anual</li>"
        "<li>La certeza de que usted ayuda a mantener al Perú en la agenda en Gran Bretaña</li></ul>"
    ),
    "thanks": (
        "<p>Gracias por asociarse. Le hemos enviado un correo electrónico: siga el enlace que contiene para "
        "confirmar su dirección y abrir su cuenta de socio.</p>"
    ),
}

DONATE_PAGE = {
    "slug": "apoye-nuestro-trabajo",
    "title": "Apoye nuestro trabajo",
    "intro": (
        "<p>Los donativos, grandes y pequeños, nos permiten publicar análisis independientes, informar al "
        "Parlamento británico y traer a Gran Bretaña a defensores peruanos de los derechos y del medio "
        "ambiente para que den a conocer su labor. No necesita ser socio para donar.</p>"
    ),
}

PLANS = {
    "individual": {
        "name": "Individual",
        "description": "Para toda persona con empleo que quiera apoyar nuestro trabajo.",
    },
    "concession": {
        "name": "Cuota reducida",
        "description": "Para estudiantes, personas sin empleo remunerado y jubilados.",
    },
    "organisation": {
        "name": "Organización",
        "description": (
            "Para organizaciones benéficas, sindicatos, grupos religiosos y asociaciones; incluye dos "
            "personas de contacto designadas."
        ),
    },
}

NEWSLETTERS = {
    "peru-update": {
        "name": "Actualidad del Perú",
        "description": (
            "Cada semana: las noticias del Perú que importan para los derechos, la tierra y el medio "
            "ambiente, con nuestras notas informativas y eventos. Gratuito y abierto a todos."
        ),
    },
    "members-bulletin": {
        "name": "Boletín para socios",
        "description": (
            "Para socios: las noticias del propio grupo, las reuniones y la asamblea general anual, y "
            "avisos anticipados de giras de ponentes y de campañas."
        ),
    },
}

ARTICLES = {
    # ------------------------------------------------------------------ 2016
    "peru-hosts-apec": {
        "slug": "peru-anfitrion-del-apec",
        "title": "El Perú, anfitrión del APEC",
        "standfirst": (
            "Mientras los líderes del Asia-Pacífico se reúnen en Lima, el gobierno de Kuczynski espera "
            "atraer comercio e inversión de Asia. La elección de Donald Trump ha puesto en duda los planes "
            "comerciales de la región."
        ),
        "image": {"caption": "Lima, ciudad anfitriona de la semana de líderes del APEC 2016", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Los líderes y ministros del Foro de Cooperación Económica Asia-Pacífico llegan esta semana "
                "a Lima, con un programa de cumbre que se extiende del 14 al 20 de noviembre. Para el gobierno "
                "de Pedro Pablo Kuczynski, que lleva menos de cuatro meses en funciones, la reunión es una "
                "oportunidad para presentar al Perú como una economía abierta que busca estrechar sus lazos "
                "comerciales con Asia, como mercado para sus exportaciones y como fuente de capital. Los "
                "ministros estarán atentos a los acuerdos que produzca la semana, si es que produce "
                "alguno.</p>"
            )),
            ("heading", "Un tratado comercial en apuros"),
            ("paragraph", (
                "<p>El acuerdo que Lima más esperaba celebrar parece ahora tener pocas posibilidades de "
                "sobrevivir. El Acuerdo de Asociación Transpacífico (TPP), firmado por doce países, entre ellos "
                "el Perú, no puede entrar en vigor sin Estados Unidos, y la victoria de Donald Trump la semana "
                "pasada prácticamente ha acabado con las posibilidades de que Washington lo ratifique. Sus "
                "perspectivas eran malas ganara quien ganara: Hillary Clinton, que había respaldado las "
                "negociaciones como secretaria de Estado, también se había puesto en contra del texto final. "
                "Para el gobierno de Obama, el tratado era tan estratégico como comercial: una manera de "
                "escribir las reglas del comercio en el Pacífico dejando fuera a China. En el Perú, mientras "
                "tanto, críticos como los activistas de salud pública, preocupados por una protección más "
                "prolongada de las patentes de medicamentos, sostenían que se habían minimizado sus costos "
                "para algunos sectores.</p>"
            )),
            ("callout", {
                "title": "El APEC en breve",
                "text": (
                    "<p>El <a href=\"https://www.apec.org/\">APEC</a> reúne a 21 economías de la cuenca del "
                    "Pacífico, entre ellas Estados Unidos, China, Japón, Rusia, Chile, México y el Perú. El "
                    "Perú se incorporó en 1998 y fue sede de la reunión de líderes por última vez en 2008. Las "
                    "decisiones del foro no son vinculantes; su valor reside sobre todo en los contactos y los "
                    "acuerdos paralelos que hace posibles.</p>"
                ),
            }),
            ("heading", "La oportunidad de China"),
            ("paragraph", (
                "<p>El probable ganador es China. El presidente Xi Jinping llega a Lima como abanderado de "
                "esquemas alternativos para la región, sobre todo de la propuesta de un Área de Libre Comercio "
                "del Asia-Pacífico que situaría a Beijing, y no a Washington, en el centro de las redes "
                "comerciales de la región. Altos diplomáticos chinos han dado a entender que Beijing piensa "
                "aprovechar el repliegue estadounidense. China ya es uno de los principales mercados de "
                "exportación del Perú, especialmente para el cobre, y empresas chinas tienen importantes "
                "participaciones en la minería peruana.</p>"
            )),
            ("paragraph", (
                "<p>El Perú no es el único país latinoamericano con intereses en juego. Chile y México también "
                "firmaron el TPP y, junto con Colombia, los tres países forman la Alianza del Pacífico, un "
                "bloque que ha cortejado a los inversionistas asiáticos con una imagen favorable al mercado. "
                "Kuczynski, a quien se suele considerar un amigo de Estados Unidos, se ha puesto del lado de "
                "México frente al muro fronterizo que Trump prometió durante su campaña, una postura "
                "inusualmente franca.</p>"
            )),
            ("paragraph", (
                "<p>Está por verse en qué situación deja todo esto a la política económica exterior del Perú. "
                "El veterano columnista Mirko Lauer prevé que el país se acercará a China mientras su antiguo "
                "alineamiento con Estados Unidos se afloja poco a poco. Para quienes se preocupan por el "
                "historial social y ambiental de las inversiones que lleguen, las condiciones de ese giro "
                "importarán tanto como su dirección.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2014
    "saweto-leaders-killed": {
        "slug": "asesinan-a-dirigentes-de-saweto",
        "title": "Asesinan a dirigentes asháninka cerca de la frontera con Brasil",
        "standfirst": (
            "Edwin Chota y otros tres hombres asháninka de Saweto, que durante años lucharon contra la tala "
            "ilegal en sus tierras, han sido asesinados en una zona remota de Ucayali."
        ),
        "image": {"caption": "Selva en la región Ucayali, cerca de la frontera con Brasil", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>Cuatro hombres de la comunidad asháninka de Alto Tamaya–Saweto, en la región amazónica de "
                "Ucayali, fueron asesinados a comienzos de septiembre mientras viajaban a través del bosque "
                "hacia la frontera con Brasil. Entre ellos estaba Edwin Chota, el dirigente más conocido de la "
                "comunidad, que llevaba años intentando obtener el título legal de las tierras de Saweto e "
                "impedir que los madereros las despojaran de su valiosa madera. Los otros eran Jorge Ríos "
                "Pérez, Leoncio Quintisima Meléndez y Francisco Pinedo Ramírez.</p>"
            )),
            ("paragraph", (
                "<p>Saweto se encuentra a varios días por río de la ciudad más cercana, y la noticia de los "
                "asesinatos tardó alrededor de una semana en llegar a las autoridades; los propios comuneros "
                "tuvieron que hacer el viaje para denunciar lo ocurrido. Las sospechas recaen sobre personas "
                "vinculadas a la tala ilegal, aunque la investigación se encuentra en una fase inicial.</p>"
            )),
            ("heading", "Advertencias desoídas"),
            ("paragraph", (
                "<p>Chota nunca ocultó el peligro que corría. Denunció amenazas ante las autoridades en varias "
                "ocasiones y señaló a quienes, según él, talaban el bosque de la comunidad. Su campaña había "
                "atraído a periodistas y a organizaciones ambientalistas del extranjero, pero esa atención "
                "nunca se tradujo en protección sobre el terreno. Los asesinatos muestran hasta qué punto la "
                "falta de un título seguro sobre la tierra deja expuestas a las comunidades indígenas: sin él, "
                "les cuesta mantener alejados a los foráneos y convencer a los funcionarios de que "
                "actúen.</p>"
            )),
            ("quote", {
                "text": (
                    "Edwin siempre decía que, cuando la tierra fuera nuestra en el papel, tendrían que dejarnos "
                    "en paz. No vivió para ver ese papel."
                ),
                "attribution": "Integrante de una federación indígena de Ucayali, en declaraciones al PSG",
            }),
            ("callout", {
                "title": "Lo que pedimos",
                "text": (
                    "<p>El PSG respalda los llamados de las organizaciones indígenas peruanas a una "
                    "investigación rápida e independiente, a la protección de las familias de las víctimas y "
                    "a que se otorgue sin más demora el título de propiedad de las tierras de Saweto.</p>"
                ),
            }),
            ("paragraph", (
                "<p>Los asesinatos se producen cuando el Perú se prepara para acoger en diciembre, en Lima, la "
                "conferencia de las Naciones Unidas sobre el cambio climático, donde el Gobierno querrá "
                "mostrarse como un custodio responsable de la Amazonía. Una respuesta creíble a las muertes de "
                "Saweto, y un esfuerzo serio contra el comercio ilegal de madera, respaldarían esa imagen mucho "
                "mejor que cualquier discurso.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2018
    "truth-commission-at-fifteen": {
        "slug": "la-cvr-quince-anos-despues",
        "title": "La Comisión de la Verdad, quince años después",
        "standfirst": (
            "Hoy hace quince años, la Comisión de la Verdad y Reconciliación del Perú entregó su informe "
            "final. Muchas de sus recomendaciones siguen sin cumplirse y sus conclusiones todavía se "
            "cuestionan."
        ),
        "image": {"caption": "En memoria de las víctimas del conflicto armado interno", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>El 28 de agosto de 2003, la Comisión de la Verdad y Reconciliación (CVR) entregó su informe "
                "final al Estado peruano. Su estimación central fue contundente: unas 69 000 personas habían "
                "muerto o desaparecido en el conflicto iniciado en 1980, muchas más de las que se suponía. La "
                "comisión atribuyó a Sendero Luminoso la mayor parte de las muertes, pero también documentó "
                "asesinatos, torturas, violencia sexual y desapariciones a gran escala cometidos por las "
                "Fuerzas Armadas y la policía.</p>"
            )),
            ("paragraph", (
                "<p>Igual de llamativo era quiénes habían sido las víctimas. Aproximadamente tres de cada "
                "cuatro tenían el quechua u otra lengua indígena como lengua materna, y la mayoría eran "
                "campesinos pobres de regiones como Ayacucho, Huancavelica y Apurímac. La comisión concluyó "
                "que la indiferencia del Perú urbano ante su sufrimiento formaba parte de la propia historia, "
                "y era señal de una discriminación profundamente arraigada.</p>"
            )),
            ("quote", {
                "text": (
                    "Nos dijeron que el informe cambiaría la manera en que el país nos veía. Cambió la manera "
                    "en que nos veían algunos. No cambió lo suficiente."
                ),
                "attribution": "Integrante de una asociación de familiares de Ayacucho, en declaraciones al PSG",
            }),
            ("heading", "Un balance desigual"),
            ("paragraph", (
                "<p>Ha habido avances. Se crearon un programa de reparaciones y un registro de víctimas, y miles "
                "de personas han recibido reparaciones individuales o colectivas, aunque a menudo modestas. La "
                "condena de Alberto Fujimori en 2009 por las matanzas de Barrios Altos y La Cantuta demostró "
                "que incluso un exjefe de Estado podía rendir cuentas, aunque el indulto que recibió en "
                "diciembre pasado, hoy en revisión judicial, ha empañado ese logro. En 2016 se aprobó una ley "
                "de búsqueda de personas desaparecidas, y a fines de 2015 se inauguró en Lima el Lugar de la "
                "Memoria.</p>"
            )),
            ("paragraph", (
                "<p>Queda mucho por hacer. Miles de personas siguen desaparecidas, y los restos recuperados se "
                "identifican con lentitud. Los procesos judiciales han avanzado caso por caso, a menudo a lo "
                "largo de décadas. Las conclusiones de la comisión siguen siendo atacadas por políticos que la "
                "consideran sesgada en contra de las Fuerzas Armadas, y en algunas partes del país la etiqueta "
                "de “terrorista” todavía se usa para silenciar a quienes hacen preguntas incómodas.</p>"
            )),
            ("paragraph", (
                "<p>Quince años después, el mejor homenaje a la comisión sería retomar su agenda pendiente: "
                "reparaciones completas, una búsqueda de los desaparecidos con el financiamiento adecuado y una "
                "conversación nacional honesta sobre por qué tantas muertes pasaron inadvertidas durante tanto "
                "tiempo.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2021
    "castillo-confirmed": {
        "slug": "castillo-proclamado-presidente-electo",
        "title": "Castillo, proclamado presidente electo",
        "standfirst": (
            "Seis semanas después de una segunda vuelta muy reñida, las autoridades electorales han "
            "proclamado a Pedro Castillo como próximo presidente del Perú. Asume el cargo en un país "
            "dividido y golpeado por la pandemia."
        ),
        "image": {"caption": "La Cajamarca rural, región natal de Pedro Castillo", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>El 19 de julio, el Jurado Nacional de Elecciones (JNE) proclamó a Pedro Castillo ganador de "
                "la segunda vuelta presidencial celebrada el 6 de junio. Su ventaja sobre Keiko Fujimori fue "
                "de unos 44 000 votos, sobre más de 17 millones de votos válidos, una de las más estrechas de "
                "la historia del país. Castillo asumirá el cargo el 28 de julio, en el bicentenario de la "
                "proclamación de la independencia del Perú.</p>"
            )),
            ("heading", "Una larga espera"),
            ("paragraph", (
                "<p>La demora se debió a la campaña de Fujimori, que impugnó cientos de actas electorales y "
                "denunció fraude. Los observadores internacionales, entre ellos las misiones de la "
                "Organización de los Estados Americanos y de la Unión Europea, no informaron de "
                "irregularidades graves, y los organismos electorales rechazaron las impugnaciones. Aun así, el "
                "episodio ha dañado la confianza en el sistema electoral de una parte considerable de los "
                "votantes, y podría marcar desde el principio las relaciones del nuevo gobierno con el "
                "Congreso.</p>"
            )),
            ("quote", {
                "text": (
                    "Por primera vez, alguien que se parece a nosotros y habla como nosotros estará en Palacio. "
                    "Eso no significa que vayamos a estar de acuerdo con todo lo que haga."
                ),
                "attribution": "Un docente de Chota, Cajamarca, en declaraciones al PSG",
            }),
            ("heading", "¿Quién es Castillo?"),
            ("paragraph", (
                "<p>Castillo es maestro de una escuela primaria rural y dirigente sindical de la provincia de "
                "Chota, en Cajamarca, y se dio a conocer en todo el país durante una huelga magisterial en "
                "2017. Postuló por Perú Libre, un partido que se define como marxista-leninista, aunque "
                "durante la segunda vuelta intentó tranquilizar a votantes e inversionistas asegurando que no "
                "se apoderaría de la propiedad privada. Su respaldo se concentró de forma abrumadora en el "
                "Perú rural y en el sur, mientras que Fujimori obtuvo sus mejores resultados en Lima y en otras "
                "ciudades de la costa.</p>"
            )),
            ("paragraph", (
                "<p>La tarea que le espera es enorme. El Perú ha sufrido una de las tasas de mortalidad por "
                "covid-19 más altas del mundo, la pobreza ha aumentado bruscamente y el Congreso está "
                "fragmentado entre muchos partidos, pocos de ellos afines. Su promesa de una asamblea "
                "constituyente que reemplace la Constitución de 1993 encontrará una fuerte resistencia. La "
                "manera en que maneje estas presiones decidirá si se cumplen las esperanzas de los votantes "
                "que lo eligieron.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2023
    "deaths-in-the-south": {
        "slug": "muertes-en-el-sur",
        "title": "Muertes en el sur: por qué debe haber rendición de cuentas",
        "standfirst": (
            "Nuestro nuevo informe examina las muertes de manifestantes en el sur del Perú entre diciembre de "
            "2022 y comienzos de 2023, y expone lo que exigiría la justicia para las familias de las "
            "víctimas."
        ),
        "image": {"caption": "El altiplano cerca de Juliaca, Puno", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>En las semanas que siguieron a la destitución de Pedro Castillo en diciembre de 2022, las "
                "protestas se extendieron por el sur del Perú. Los manifestantes exigían la renuncia de la "
                "presidenta Dina Boluarte, el cierre del Congreso, elecciones anticipadas y, en algunos casos, "
                "una asamblea constituyente. La respuesta de las fuerzas de seguridad fue letal. Según la "
                "Defensoría del Pueblo, alrededor de cincuenta civiles murieron en enfrentamientos con "
                "policías y militares en los meses siguientes, la mayoría en Puno, Ayacucho, Apurímac y Cusco; "
                "también murió un policía.</p>"
            )),
            ("heading", "Ayacucho y Juliaca"),
            ("paragraph", (
                "<p>Los dos episodios más letales están en el centro de nuestro informe. El 15 de diciembre de "
                "2022, en Ayacucho, los militares desplegados en los alrededores del aeropuerto abrieron fuego "
                "y murieron alrededor de diez personas, varias de ellas lejos de cualquier enfrentamiento. El "
                "9 de enero de 2023, en Juliaca (Puno), diecisiete civiles murieron cerca del aeropuerto y en "
                "calles aledañas. Las pruebas reunidas por periodistas y organizaciones de derechos humanos "
                "indican que muchos de los fallecidos presentaban heridas de bala en la cabeza o en la parte "
                "superior del cuerpo.</p>"
            )),
            ("quote", {
                "text": (
                    "No quiero venganza. Quiero que quienes dieron las órdenes me miren a los ojos y me expliquen "
                    "por qué."
                ),
                "attribution": "Familiar de una de las personas fallecidas en Juliaca, en declaraciones al PSG",
            }),
            ("heading", "Lo que han concluido otros"),
            ("paragraph", (
                "<p>Nuestras conclusiones coinciden con las de otros organismos. La Comisión Interamericana de "
                "Derechos Humanos, que visitó el Perú en enero, concluyó que el Estado había hecho un uso "
                "desproporcionado e indiscriminado de la fuerza, y que algunas de las muertes podrían "
                "constituir ejecuciones extrajudiciales. Amnistía Internacional ha sostenido que la fuerza "
                "letal recayó sobre todo en personas indígenas y campesinas, de un modo que sugiere un sesgo "
                "racial. El Ministerio Público ha abierto investigaciones contra la presidenta y altos "
                "ministros, pero los avances han sido lentos.</p>"
            )),
            ("callout", {
                "title": "Nuestras recomendaciones",
                "text": (
                    "<p>Investigaciones rápidas e independientes, con los recursos y la protección que "
                    "necesitan los fiscales; la divulgación completa de las órdenes impartidas a la policía y a "
                    "las Fuerzas Armadas; reparaciones y atención médica para los heridos y para las familias "
                    "de los fallecidos; y una reforma de las normas sobre el uso de la fuerza en las "
                    "operaciones de orden público, conforme a los estándares internacionales.</p>"
                ),
            }),
            ("paragraph", (
                "<p>El Perú ya ha pasado por esto. Hace veinte años, la Comisión de la Verdad y Reconciliación "
                "advirtió que la vida de los peruanos pobres, rurales e indígenas se trataba con demasiada "
                "frecuencia como prescindible. Las muertes de 2022 y 2023 indican que la advertencia no fue "
                "escuchada. Que haya rendición de cuentas ahora demostraría que no tiene por qué ser así.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2025
    "glaciers-and-a-german-court": {
        "slug": "glaciares-y-un-juicio-en-alemania",
        "title": "Glaciares que se derriten y un juicio en Alemania",
        "standfirst": (
            "Un tribunal alemán ha desestimado la demanda climática de un agricultor peruano contra la "
            "empresa energética RWE, aunque aceptó el principio en que se basaba. El fallo es importante "
            "para las comunidades que viven al pie de los glaciares del Perú, cada vez más reducidos."
        ),
        "image": {"caption": "Glaciares de la Cordillera Blanca, Áncash", "credit": CREDIT},
        "body": [
            ("paragraph", (
                "<p>El Perú alberga la mayor parte de los glaciares tropicales del mundo, y están "
                "desapareciendo rápidamente. Según las estimaciones del instituto nacional de investigación en "
                "glaciares, el INAIGEM, el país ha perdido más de la mitad de su superficie glaciar desde la "
                "década de 1960. Cualquiera que haya vivido una generación en la Cordillera Blanca puede ver el "
                "cambio: el hielo que antes bajaba hasta los valles se ha replegado cuesta arriba, dejando "
                "tras de sí roca desnuda y nuevas lagunas.</p>"
            )),
            ("heading", "Lagunas que amenazan"),
            ("paragraph", (
                "<p>Esas lagunas son peligrosas. La laguna Palcacocha, situada por encima de la ciudad de "
                "Huaraz, ha multiplicado varias veces su tamaño a medida que el hielo retrocedía. En 1941, un "
                "aluvión procedente de esa misma laguna arrasó parte de Huaraz, con un número de víctimas que "
                "las estimaciones sitúan en miles. Saúl Luciano Lliuya, agricultor y guía de montaña de "
                "Huaraz, sostuvo que su casa volvía a estar en peligro y, en 2015, demandó a la eléctrica "
                "alemana RWE para que contribuyera al costo de las obras de protección en proporción a su "
                "parte de las emisiones históricas de gases de efecto invernadero.</p>"
            )),
            ("paragraph", (
                "<p>En mayo, tras casi una década de proceso, que incluyó una visita a la laguna de peritos "
                "designados por el tribunal, el Tribunal Regional Superior de Hamm desestimó la demanda al "
                "considerar que el riesgo para la casa de Lliuya era demasiado bajo para justificar lo que "
                "pedía. Sin embargo, y esto es lo decisivo, el tribunal aceptó que un gran emisor podría, en "
                "principio, ser considerado responsable con arreglo al derecho civil alemán por los efectos de "
                "sus emisiones. Los abogados especializados en litigios climáticos lo han calificado como un "
                "paso importante, aunque el propio Lliuya haya perdido.</p>"
            )),
            ("quote", {
                "text": (
                    "El glaciar era nuestro reloj y nuestro calendario. Cuando se vaya, se irá con él el agua "
                    "para nuestras chacras."
                ),
                "attribution": "Un campesino quechua del valle del Santa, en declaraciones al PSG",
            }),
            ("heading", "Agua para el futuro"),
            ("paragraph", (
                "<p>Los aluviones son solo una parte de la historia. Durante la estación seca, el agua de "
                "deshielo alimenta los ríos que abastecen a las chacras andinas y a las ciudades de la árida "
                "costa, Lima entre ellas. A medida que los glaciares se reducen, también se reduce esa reserva. "
                "El Perú aprobó una ley marco sobre cambio climático en 2018 y ha elaborado planes de "
                "adaptación, pero el financiamiento y la ejecución van a la zaga. Las comunidades altoandinas, "
                "que son las que menos han contribuido a causar el problema, cargan con buena parte de su "
                "costo.</p>"
            )),
        ],
    },
    # ------------------------------------------------------------------ 2026
    "peru-votes-2026": {
        "slug": "el-peru-vota-en-2026",
        "title": "El Perú vota en 2026: claves de la elección",
        "standfirst": (
            "Los peruanos acuden a las urnas el 12 de abril para elegir presidente y, por primera vez en más "
            "de tres décadas, un Congreso de dos cámaras. Esto es lo que conviene seguir."
        ),
        "image": {
            "caption": "Lima y Callao, donde vive aproximadamente un tercio de los electores del Perú",
            "credit": CREDIT,
        },
        "body": [
            ("paragraph", (
                "<p>El Perú celebra elecciones generales el 12 de abril de 2026. Los electores elegirán a un "
                "presidente y dos vicepresidentes, junto con un Congreso que tendrá dos cámaras por primera vez "
                "bajo la Constitución de 1993: un Senado de 60 miembros y una Cámara de Diputados de 130. Si "
                "ningún candidato presidencial obtiene más de la mitad de los votos válidos, como parece casi "
                "seguro, los dos más votados se enfrentarán en una segunda vuelta en junio.</p>"
            )),
            ("heading", "Una contienda muy concurrida"),
            ("paragraph", (
                "<p>La cédula de votación será inusualmente larga. Hay varias decenas de partidos inscritos y "
                "un gran número de candidatos presidenciales, muchos de ellos con escasa proyección nacional. "
                "La fragmentación refleja la debilidad de los partidos peruanos, la mayoría de los cuales "
                "funcionan como vehículos electorales de líderes individuales. También hace que el resultado "
                "sea difícil de prever: en 2021, los dos candidatos que pasaron a la segunda vuelta habían "
                "obtenido cada uno menos de una quinta parte de los votos en la primera.</p>"
            )),
            ("paragraph", (
                "<p>El telón de fondo es una década de inestabilidad. Ningún presidente elegido desde 2016 ha "
                "completado su mandato: el cargo ha cambiado de manos una y otra vez por renuncias, "
                "destituciones y nombramientos interinos, la última vez cuando el Congreso destituyó a Dina "
                "Boluarte en octubre de 2025. La confianza en el Congreso y en los partidos es bajísima, y las "
                "encuestas indican que muchos electores están indecisos o piensan votar nulo.</p>"
            )),
            ("callout", {
                "title": "Lo que preocupa a los electores",
                "text": (
                    "<p>La delincuencia y la extorsión, que han llevado a reiterados estados de emergencia en "
                    "Lima y otras ciudades; el costo de vida y la precariedad laboral, con la mayoría de los "
                    "peruanos trabajando en la informalidad; y la corrupción. El crecimiento se ha sostenido "
                    "razonablemente bien para los estándares de la región, ayudado por los altos precios del "
                    "cobre y del oro, pero sus beneficios se reparten de forma muy desigual.</p>"
                ),
            }),
            ("heading", "Lo que seguiremos de cerca"),
            ("paragraph", (
                "<p>El PSG seguirá cómo abordan los candidatos la rendición de cuentas por las muertes en las "
                "protestas de 2022–23, las recientes leyes de amnistía y de prescripción, la regulación de la "
                "minería informal e ilegal, y la independencia de los tribunales y de los organismos "
                "electorales. También observaremos el desarrollo de la propia campaña, incluido el trato a los "
                "periodistas y la difusión de desinformación. Un nuevo Congreso con Senado es una oportunidad "
                "para reconstruir algo de confianza en las instituciones políticas; que se aproveche o no "
                "depende de quiénes resulten elegidos.</p>"
            )),
        ],
    },
}
