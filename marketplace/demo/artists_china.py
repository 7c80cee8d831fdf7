"""Demo artists from China: six makers from six provinces, with works described in four languages."""

ARTISTS = [
    {
        "key": "cheng-yaqin",
        "name": "程雅琴",
        "email": "cheng.yaqin@demo.local",
        "country": "CN",
        "region": "江西景德镇",
        "language": "zh",
        "disciplines": ["ceramics", "design"],
        "bio": {
            "zh": (
                "程雅琴生于景德镇一个制瓷世家，毕业于景德镇陶瓷大学。她以手绘青花为主，也设计当代日用茶器，"
                "希望让老窑口的手艺走进日常生活。"
            ),
            "en": (
                "Cheng Yaqin was born into a family of porcelain makers in Jingdezhen and graduated from "
                "Jingdezhen Ceramic University. She works mainly in hand-painted blue-and-white and also "
                "designs contemporary tea ware, bringing the skills of the old kilns into everyday life."
            ),
            "fr": (
                "Née dans une famille de porcelainiers de Jingdezhen, Cheng Yaqin est diplômée de "
                "l'Université de céramique de Jingdezhen. Elle peint surtout le bleu et blanc à la main et "
                "conçoit aussi des services à thé contemporains, pour faire entrer le savoir-faire des "
                "anciens fours dans la vie quotidienne."
            ),
            "sw": (
                "Cheng Yaqin alizaliwa katika familia ya watengenezaji wa kauri mjini Jingdezhen na "
                "alihitimu katika Chuo Kikuu cha Kauri cha Jingdezhen. Huchora hasa kauri za buluu na nyeupe "
                "kwa mkono, na pia hubuni vyombo vya kisasa vya chai ili ujuzi wa tanuri za zamani uingie "
                "katika maisha ya kila siku."
            ),
        },
        "works": [
            {
                "category": "ceramics",
                "title": {
                    "zh": "青花缠枝莲纹梅瓶",
                    "en": "Blue-and-White Meiping Vase with Scrolling Lotus",
                    "fr": "Vase meiping bleu et blanc aux rinceaux de lotus",
                    "sw": "Chombo cha Meiping cha Kauri ya Buluu na Nyeupe chenye Maua ya Yungiyungi",
                },
                "description": {
                    "zh": (
                        "手拉坯梅瓶，通体绘青花缠枝莲纹，釉面温润如玉。高38厘米，肩部饱满，适合案头或玄关陈设"
                        "。"
                    ),
                    "en": (
                        "A wheel-thrown meiping vase covered in scrolling lotus in cobalt blue under a soft, "
                        "glossy glaze. At 38 cm tall, its full shoulders suit a desk or an entrance console."
                    ),
                    "fr": (
                        "Vase meiping tourné à la main, orné de rinceaux de lotus en bleu de cobalt sous une "
                        "glaçure douce. Haut de 38 cm, avec des épaules pleines, il trouve sa place sur un "
                        "bureau ou une console."
                    ),
                    "sw": (
                        "Chombo cha meiping kilichofinyangwa kwa gurudumu, kimepambwa kwa maua ya yungiyungi "
                        "yanayozungukana kwa rangi ya buluu ya kobalti. Kina urefu wa sentimita 38 na "
                        "kinafaa kuwekwa mezani au sebuleni."
                    ),
                },
                "story": {
                    "zh": (
                        "梅瓶小口、丰肩、敛足，宋代多用于盛酒，后来成为青花瓷的经典器型。缠枝莲寓意连绵不绝，"
                        "是元明青花最常见的纹样之一。瓷土中的高岭土，正得名于景德镇东北的高岭村。"
                    ),
                    "en": (
                        "The meiping, with its small mouth, broad shoulders and narrow foot, held wine in "
                        "the Song dynasty and later became a classic blue-and-white form. Scrolling lotus, a "
                        "symbol of continuity, is one of the most common motifs on Yuan and Ming porcelain. "
                        "Kaolin itself takes its name from Gaoling village, north-east of Jingdezhen."
                    ),
                    "fr": (
                        "Le meiping, à petite ouverture, épaules larges et pied resserré, servait à contenir "
                        "le vin sous les Song avant de devenir une forme classique du bleu et blanc. Les "
                        "rinceaux de lotus, symbole de continuité, comptent parmi les motifs les plus "
                        "fréquents des porcelaines Yuan et Ming. Le kaolin tire d'ailleurs son nom du "
                        "village de Gaoling, au nord-est de Jingdezhen."
                    ),
                    "sw": (
                        "Chombo cha meiping, chenye mdomo mdogo, mabega mapana na kitako chembamba, "
                        "kilitumika kuhifadhi mvinyo wakati wa Enzi ya Song, kisha kikawa umbo maarufu la "
                        "kauri za buluu na nyeupe. Maua ya yungiyungi yanayozungukana ni ishara ya "
                        "mwendelezo na ni mojawapo ya mapambo ya kawaida zaidi ya Enzi za Yuan na Ming. Jina "
                        "la udongo wa kaolini linatokana na kijiji cha Gaoling, kaskazini-mashariki mwa "
                        "Jingdezhen."
                    ),
                },
                "medium": "青花瓷",
                "materials": "高岭土、瓷石、钴料",
                "technique": "手拉坯、釉下手绘、柴窑烧制",
                "dimensions_cm": [22, 38, 22],
                "weight_g": 2600,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 1280000,
                "currency": "CNY",
                "pattern": "porcelain",
                "palette": ["#1f3a93", "#f5f1e6", "#2b4c7e", "#d9d4c7"],
            },
            {
                "category": "design",
                "title": {
                    "zh": "远山茶器套组（一壶四杯）",
                    "en": "Distant Hills Tea Set (One Pot, Four Cups)",
                    "fr": "Service à thé Collines lointaines (une théière, quatre tasses)",
                    "sw": "Seti ya Chai ya Milima ya Mbali (Buli Moja, Vikombe Vinne)",
                },
                "description": {
                    "zh": (
                        "一壶四杯的日用茶器，薄胎白瓷，杯沿以淡青釉勾出一道远山轮廓。壶容量约200毫升，"
                        "适合两三人小聚。"
                    ),
                    "en": (
                        "An everyday tea set of one pot and four cups in thin white porcelain, each rim "
                        "traced with a faint celadon outline of distant hills. The 200 ml pot suits a small "
                        "gathering of two or three."
                    ),
                    "fr": (
                        "Un service du quotidien, une théière et quatre tasses en porcelaine blanche fine, "
                        "chaque bord souligné d'une ligne de collines lointaines en céladon pâle. La théière "
                        "de 200 ml convient à deux ou trois personnes."
                    ),
                    "sw": (
                        "Seti ya chai ya kila siku yenye buli moja na vikombe vinne vya kauri nyeupe "
                        "nyembamba; ukingo wa kila kikombe una mstari hafifu wa kijani-buluu unaochora "
                        "milima ya mbali. Buli ina ujazo wa mililita 200 na inafaa kwa watu wawili au watatu."
                    ),
                },
                "story": {
                    "zh": (
                        "景德镇的薄胎工艺可追溯到明代，上好的薄胎瓷迎光可见指影。作者保留传统利坯手法，"
                        "却去掉繁复纹饰，让器物回到喝茶本身。每套在本地小作坊分批烧制，釉色因此略有差异。"
                    ),
                    "en": (
                        "Jingdezhen's eggshell technique dates back to the Ming dynasty; the finest pieces "
                        "show the shadow of a finger when held to the light. The artist keeps the "
                        "traditional trimming method but drops elaborate decoration, so the pieces serve the "
                        "tea itself. Each set is fired in small batches in a local workshop, so glaze tones "
                        "vary slightly."
                    ),
                    "fr": (
                        "La porcelaine « coquille d'œuf » de Jingdezhen remonte aux Ming : les plus belles "
                        "pièces laissent voir l'ombre d'un doigt à contre-jour. L'artiste garde le "
                        "tournassage traditionnel mais renonce au décor chargé, pour que l'objet serve "
                        "d'abord le thé. Chaque service est cuit par petites séries dans un atelier local, "
                        "d'où de légères variations d'émail."
                    ),
                    "sw": (
                        "Mbinu ya kauri nyembamba sana ya Jingdezhen ilianza wakati wa Enzi ya Ming; vipande "
                        "bora huonyesha kivuli cha kidole vinapoelekezwa kwenye mwanga. Msanii anadumisha "
                        "mbinu ya jadi ya kuunda umbo kwa mkono, lakini ameondoa mapambo mengi ili vyombo "
                        "vitumikie chai yenyewe. Kila seti huchomwa kwa makundi madogo katika karakana ya "
                        "mtaani, kwa hiyo rangi hutofautiana kidogo kati ya seti moja na nyingine."
                    ),
                },
                "medium": "白瓷茶器",
                "materials": "高岭土、瓷石、青白釉",
                "technique": "拉坯、利坯、高温还原烧",
                "dimensions_cm": [30, 12, 20],
                "weight_g": 1400,
                "year": 2025,
                "edition": "open",
                "stock": 20,
                "price": 168000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#f7f6f2", "#cfdcd6", "#8fa9a0", "#3e4a47"],
            },
            {
                "category": "ceramics",
                "title": {
                    "zh": "釉里红折枝梅纹挂盘",
                    "en": "Underglaze Red Wall Plate with Plum Branch",
                    "fr": "Assiette murale au rouge de cuivre, branche de prunier",
                    "sw": "Sahani ya Ukutani yenye Tawi la Plamu kwa Rangi Nyekundu ya Shaba",
                },
                "description": {
                    "zh": (
                        "直径28厘米的挂盘，釉下以铜红绘一枝早梅，留白约占盘面三分之二。背面附挂钩，"
                        "可壁挂或立架陈设。"
                    ),
                    "en": (
                        "A 28 cm wall plate painted in underglaze copper red with a single branch of early "
                        "plum, leaving about two-thirds of the surface bare. A hook on the back allows it to "
                        "hang or stand on a display easel."
                    ),
                    "fr": (
                        "Assiette murale de 28 cm de diamètre, peinte sous couverte au rouge de cuivre d'une "
                        "seule branche de prunier précoce, les deux tiers de la surface restant vides. Un "
                        "crochet au dos permet de l'accrocher ou de la poser sur un chevalet."
                    ),
                    "sw": (
                        "Sahani ya ukutani yenye kipenyo cha sentimita 28, imechorwa tawi moja la mti wa "
                        "plamu kwa rangi nyekundu ya shaba kabla ya kuchomwa; theluthi mbili ya uso wake "
                        "imeachwa wazi. Ina kishikio nyuma ili itundikwe ukutani au isimamishwe kwenye "
                        "kiegemeo."
                    ),
                },
                "story": {
                    "zh": (
                        "釉里红始于元代，铜料对窑温和气氛极为敏感，稍有偏差便会发灰或晕散，成品率很低。"
                        "梅花凌寒而开，在文人画中象征坚韧与清白。这一窑只有八件合格。"
                    ),
                    "en": (
                        "Underglaze red began in the Yuan dynasty; copper is so sensitive to kiln "
                        "temperature and atmosphere that a slight deviation turns it grey or makes it bleed, "
                        "so success rates are low. Plum blossom, opening in deep winter, stands for "
                        "resilience and integrity in literati painting. Only eight pieces from this firing "
                        "passed inspection."
                    ),
                    "fr": (
                        "Le rouge de cuivre sous couverte apparaît sous les Yuan ; le cuivre réagit si "
                        "fortement à la température et à l'atmosphère du four qu'un léger écart le fait "
                        "virer au gris ou baver, d'où un faible taux de réussite. Le prunier, qui fleurit au "
                        "cœur de l'hiver, symbolise la ténacité et l'intégrité dans la peinture lettrée. "
                        "Seules huit pièces de cette cuisson ont été retenues."
                    ),
                    "sw": (
                        "Mbinu ya rangi nyekundu ya shaba ilianza wakati wa Enzi ya Yuan; shaba huathiriwa "
                        "sana na joto na hewa ndani ya tanuri, hivyo kosa dogo huifanya iwe kijivu au "
                        "isambae, na vipande vingi huharibika. Maua ya plamu huchanua katikati ya majira ya "
                        "baridi, na katika uchoraji wa wasomi wa Kichina ni ishara ya ustahimilivu na "
                        "uadilifu. Ni vipande vinane tu vya uchomaji huu vilivyokubaliwa."
                    ),
                },
                "medium": "釉里红瓷",
                "materials": "高岭土、铜红料、透明釉",
                "technique": "釉下彩绘、高温还原烧",
                "dimensions_cm": [28, 28, 4],
                "weight_g": 900,
                "year": 2022,
                "edition": ["limited", 8],
                "stock": 3,
                "price": 420000,
                "currency": "CNY",
                "pattern": "porcelain",
                "palette": ["#f4efe6", "#a4262c", "#5b6b4e", "#d8cfc0"],
            },
            {
                "category": "ceramics",
                "title": {
                    "zh": "影青刻花水波纹斗笠碗",
                    "en": "Yingqing Conical Bowl with Carved Waves",
                    "fr": "Bol conique yingqing gravé de vagues",
                    "sw": "Bakuli la Yingqing lenye Mawimbi Yaliyochongwa",
                },
                "description": {
                    "zh": (
                        "直径18厘米的斗笠碗，内壁刻水波纹，积釉处泛出淡淡的湖青色。胎薄体轻，可作茶碗，"
                        "也可盛放果品。"
                    ),
                    "en": (
                        "An 18 cm conical bowl with waves carved inside; where the glaze pools it turns a "
                        "pale lake-green blue. Thin and light, it works as a tea bowl or a fruit dish."
                    ),
                    "fr": (
                        "Bol conique de 18 cm de diamètre, gravé de vagues à l'intérieur ; là où l'émail "
                        "s'accumule, il prend une teinte vert d'eau très pâle. Fin et léger, il sert de bol "
                        "à thé ou de coupe à fruits."
                    ),
                    "sw": (
                        "Bakuli lenye umbo la koni na kipenyo cha sentimita 18, ndani yake limechongwa "
                        "mawimbi ya maji; pale rangi inapojikusanya huonekana kijani-buluu hafifu. Ni "
                        "jembamba na jepesi, linafaa kwa chai au matunda."
                    ),
                },
                "story": {
                    "zh": (
                        "影青又称青白瓷，是宋代景德镇最负盛名的产品，釉色介于青白之间，刻花处积釉而色深，"
                        "故名“影青”。景德镇之名，也来自北宋真宗的景德年号。"
                    ),
                    "en": (
                        "Yingqing, or qingbai ware, was Jingdezhen's most celebrated product in the Song "
                        "dynasty; its glaze sits between blue and white and deepens where it fills the "
                        "carved lines, hence the name 'shadow blue'. The town itself is named after the "
                        "Jingde reign of Emperor Zhenzong of the Northern Song."
                    ),
                    "fr": (
                        "Le yingqing, ou porcelaine qingbai, fut la production la plus réputée de Jingdezhen "
                        "sous les Song ; son émail, entre bleu et blanc, s'assombrit dans les creux gravés, "
                        "d'où son nom de « bleu d'ombre ». La ville doit elle-même son nom à l'ère Jingde de "
                        "l'empereur Zhenzong des Song du Nord."
                    ),
                    "sw": (
                        "Yingqing, pia huitwa qingbai, ilikuwa bidhaa maarufu zaidi ya Jingdezhen wakati wa "
                        "Enzi ya Song; rangi yake iko kati ya buluu na nyeupe, na huwa nzito zaidi katika "
                        "mistari iliyochongwa, ndiyo maana huitwa 'buluu ya kivuli'. Mji wenyewe ulipewa "
                        "jina la kipindi cha utawala cha Jingde cha Mfalme Zhenzong wa Enzi ya Song ya "
                        "Kaskazini."
                    ),
                },
                "medium": "青白瓷",
                "materials": "高岭土、瓷石、青白釉",
                "technique": "拉坯、手工刻花、高温还原烧",
                "dimensions_cm": [18, 8, 18],
                "weight_g": 450,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 360000,
                "currency": "CNY",
                "pattern": "waves",
                "palette": ["#dfeee8", "#b7d3c9", "#f7f5ef", "#7fa99b"],
            },
            {
                "category": "ceramics",
                "title": {
                    "zh": "青花瓷板画《昌江晨雾》",
                    "en": "Morning Mist on the Chang River, Blue-and-White Porcelain Plaque",
                    "fr": "Brume matinale sur la rivière Chang, plaque de porcelaine bleu et blanc",
                    "sw": "Ukungu wa Asubuhi kwenye Mto Chang, Bamba la Kauri la Buluu na Nyeupe",
                },
                "description": {
                    "zh": (
                        "40×60厘米的青花瓷板，描绘昌江两岸晨雾中的窑烟与码头，配胡桃木框。以分水技法使远景层"
                        "层淡出。"
                    ),
                    "en": (
                        "A 40 × 60 cm blue-and-white porcelain plaque showing kiln smoke and jetties along "
                        "the Chang River in morning mist, in a walnut frame. The fenshui wash technique lets "
                        "the distance fade layer by layer."
                    ),
                    "fr": (
                        "Plaque de porcelaine bleu et blanc de 40 × 60 cm : fumées des fours et quais de la "
                        "rivière Chang dans la brume du matin, dans un cadre en noyer. Le lavis fenshui fait "
                        "s'estomper les lointains plan par plan."
                    ),
                    "sw": (
                        "Bamba la kauri la buluu na nyeupe la sentimita 40 kwa 60, linaloonyesha moshi wa "
                        "tanuri na gati za Mto Chang katika ukungu wa asubuhi, ndani ya fremu ya mbao. Mbinu "
                        "ya fenshui hufanya mandhari ya mbali ififie hatua kwa hatua."
                    ),
                },
                "story": {
                    "zh": (
                        "昌江穿城而过，千百年来瓷器经它运往鄱阳湖，再转入长江、远销海外。“分水”是景德镇青花特"
                        "有的技法，以浓淡不同的料水在同一笔中分出层次。作者把童年记忆里的老码头画进了瓷板。"
                    ),
                    "en": (
                        "The Chang River runs through the city; for centuries porcelain travelled down it to "
                        "Poyang Lake, then on to the Yangtze and overseas. Fenshui, a technique particular "
                        "to Jingdezhen, uses cobalt washes of several strengths to build shades within a "
                        "single stroke. The artist painted the old jetties she remembers from childhood."
                    ),
                    "fr": (
                        "La rivière Chang traverse la ville ; pendant des siècles, la porcelaine l'a "
                        "descendue jusqu'au lac Poyang, puis vers le Yangtsé et l'outre-mer. Le fenshui, "
                        "propre à Jingdezhen, superpose des lavis de cobalt d'intensités différentes dans un "
                        "même trait. L'artiste y a peint les vieux quais de son enfance."
                    ),
                    "sw": (
                        "Mto Chang unapita katikati ya mji; kwa karne nyingi kauri zilisafirishwa kupitia "
                        "mto huo hadi Ziwa Poyang, kisha Mto Yangtze na nchi za ng'ambo. Fenshui ni mbinu ya "
                        "pekee ya Jingdezhen inayotumia rangi ya kobalti ya viwango tofauti katika mpigo "
                        "mmoja wa brashi. Msanii amechora gati za zamani anazozikumbuka tangu utotoni."
                    ),
                },
                "medium": "青花瓷板画",
                "materials": "高岭土瓷板、钴料、胡桃木框",
                "technique": "釉下分水、高温烧成",
                "dimensions_cm": [40, 60, 3],
                "weight_g": 3800,
                "year": 2021,
                "edition": "unique",
                "stock": 1,
                "price": 190000,
                "currency": "EUR",
                "pattern": "ink_landscape",
                "palette": ["#f3f0e8", "#1f3a93", "#6f86b6", "#5a4632"],
            },
        ],
    },
    {
        "key": "long-jinhua",
        "name": "龙金花",
        "email": "long.jinhua@demo.local",
        "country": "CN",
        "region": "贵州黔东南雷山",
        "language": "zh",
        "disciplines": ["jewellery", "textile"],
        "bio": {
            "zh": (
                "龙金花是贵州雷山的苗族银匠，十五岁起随父亲学习錾花和拉丝。她也跟母亲学做蜡染和刺绣，"
                "希望苗家银饰与蓝靛布能走进日常穿戴。"
            ),
            "en": (
                "Long Jinhua is a Miao silversmith from Leishan, Guizhou, who began learning chasing and "
                "wire-drawing from her father at fifteen. She also learned batik and embroidery from her "
                "mother, and wants Miao silver and indigo cloth to become part of everyday dress."
            ),
            "fr": (
                "Long Jinhua est une orfèvre miao de Leishan, au Guizhou ; à quinze ans, elle apprend auprès "
                "de son père la ciselure et le tréfilage de l'argent. Formée aussi au batik et à la broderie "
                "par sa mère, elle souhaite que l'argent et l'indigo miao trouvent leur place dans la tenue "
                "de tous les jours."
            ),
            "sw": (
                "Long Jinhua ni mfua fedha wa jamii ya Wamiao kutoka Leishan, mkoa wa Guizhou; alianza "
                "kujifunza kunakshi na kuvuta nyuzi za fedha kutoka kwa baba yake akiwa na miaka kumi na "
                "tano. Pia alijifunza batiki na kutarizi kutoka kwa mama yake, na anataka vito vya fedha na "
                "vitambaa vya nili vya Wamiao vivaliwe kila siku."
            ),
        },
        "works": [
            {
                "category": "jewellery",
                "title": {
                    "zh": "蝴蝶妈妈錾花银项圈",
                    "en": "Butterfly Mother Chased Silver Torque",
                    "fr": "Torque en argent ciselé « Mère Papillon »",
                    "sw": "Mkufu wa Fedha wa Mama Kipepeo",
                },
                "description": {
                    "zh": (
                        "手工锻打的银项圈，正面錾刻蝴蝶与枫叶纹，内径约14厘米。足银打制，贴合颈部，"
                        "佩戴时略有分量。"
                    ),
                    "en": (
                        "A hand-forged silver torque chased with butterflies and maple leaves, with an inner "
                        "diameter of about 14 cm. Made of fine silver, it sits close to the neck with a "
                        "reassuring weight."
                    ),
                    "fr": (
                        "Torque en argent forgé à la main, ciselé de papillons et de feuilles d'érable, d'un "
                        "diamètre intérieur d'environ 14 cm. En argent fin, il épouse le cou avec un poids "
                        "agréable."
                    ),
                    "sw": (
                        "Mkufu wa fedha uliofuliwa kwa mkono na kunakshiwa vipepeo na majani ya miti; "
                        "kipenyo cha ndani ni takriban sentimita 14. Umetengenezwa kwa fedha safi, unakaa "
                        "vizuri shingoni na una uzito wa kuridhisha."
                    ),
                },
                "story": {
                    "zh": (
                        "苗族古歌唱道，蝴蝶妈妈从枫树心里诞生，生下了人类的始祖，所以蝴蝶和枫叶常一同出现在银"
                        "饰上。雷山一带的银匠至今仍以家庭作坊传承，一只项圈要錾上千锤。"
                    ),
                    "en": (
                        "In Miao ancient songs, Butterfly Mother was born from the heart of a maple tree and "
                        "gave birth to the first ancestors of humankind, which is why butterflies and maple "
                        "leaves often appear together on silver. Around Leishan, silversmithing is still "
                        "handed down in family workshops, and a single torque takes thousands of hammer "
                        "strokes."
                    ),
                    "fr": (
                        "Selon les chants anciens miao, la Mère Papillon est née du cœur d'un érable et a "
                        "donné naissance aux premiers ancêtres des hommes ; papillons et feuilles d'érable "
                        "se côtoient donc souvent sur les bijoux. Autour de Leishan, l'orfèvrerie se "
                        "transmet encore dans des ateliers familiaux, et un seul torque demande des milliers "
                        "de coups de ciselet."
                    ),
                    "sw": (
                        "Katika nyimbo za kale za Wamiao, Mama Kipepeo alizaliwa kutoka kiini cha mti wa "
                        "maple na akawazaa mababu wa kwanza wa wanadamu, ndiyo maana vipepeo na majani ya "
                        "maple huonekana pamoja kwenye vito vya fedha. Karibu na Leishan, ufundi wa fedha "
                        "bado unarithishwa katika karakana za familia, na mkufu mmoja huhitaji maelfu ya "
                        "mapigo ya nyundo."
                    ),
                },
                "medium": "苗银饰",
                "materials": "足银",
                "technique": "锻打、錾花",
                "dimensions_cm": [20, 22, 2],
                "weight_g": 320,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 980000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#c0c0c8", "#8a8d91", "#1b2a4a", "#e8e8ec"],
            },
            {
                "category": "jewellery",
                "title": {
                    "zh": "花丝银铃耳坠",
                    "en": "Filigree Silver Bell Earrings",
                    "fr": "Boucles d'oreilles en filigrane d'argent à clochettes",
                    "sw": "Hereni za Fedha zenye Kengele Ndogo",
                },
                "description": {
                    "zh": "一对花丝工艺银耳坠，下缀五枚小银铃，走动时叮当轻响。每只长约6厘米，重约9克。",
                    "en": (
                        "A pair of filigree silver earrings hung with five small bells that chime softly as "
                        "you walk. Each is about 6 cm long and weighs around 9 g."
                    ),
                    "fr": (
                        "Une paire de boucles d'oreilles en filigrane d'argent, ornées de cinq clochettes "
                        "qui tintent doucement à chaque pas. Chacune mesure environ 6 cm et pèse près de 9 g."
                    ),
                    "sw": (
                        "Jozi ya hereni za fedha za ufundi wa nyuzi nyembamba, zenye kengele ndogo tano "
                        "zinazolia taratibu unapotembea. Kila moja ina urefu wa takriban sentimita 6 na "
                        "uzito wa gramu 9 hivi."
                    ),
                },
                "story": {
                    "zh": (
                        "苗族姑娘穿盛装时，银铃的声响与银饰的光泽同样重要，老人说铃声能驱邪护身。"
                        "花丝要把银拉成比头发略粗的细丝，再逐根掐、填、焊成纹样。本款限量三十对。"
                    ),
                    "en": (
                        "When Miao women dress for festivals, the sound of silver bells matters as much as "
                        "the shine; elders say the chiming keeps bad luck away. Filigree means drawing "
                        "silver into threads barely thicker than a hair, then shaping, filling and soldering "
                        "them strand by strand. This design is limited to thirty pairs."
                    ),
                    "fr": (
                        "Lorsque les femmes miao revêtent leur tenue de fête, le son des clochettes compte "
                        "autant que l'éclat de l'argent ; les anciens disent qu'il éloigne le mauvais sort. "
                        "Le filigrane consiste à étirer l'argent en fils à peine plus épais qu'un cheveu, "
                        "puis à les façonner, les remplir et les souder un à un. Ce modèle est limité à "
                        "trente paires."
                    ),
                    "sw": (
                        "Wanawake wa Kimiao wanapovaa mavazi ya sikukuu, sauti ya kengele za fedha ni muhimu "
                        "kama mng'ao wake; wazee husema mlio wake hufukuza mabaya. Ufundi huu unahitaji "
                        "kuvuta fedha kuwa nyuzi nene kidogo tu kuliko unywele, kisha kuzipinda, kuzijaza na "
                        "kuziunganisha moja moja. Hili ni toleo lenye idadi maalum la jozi thelathini."
                    ),
                },
                "medium": "苗银花丝首饰",
                "materials": "足银、银铃",
                "technique": "花丝、焊接、手工抛光",
                "dimensions_cm": [3, 6, 1],
                "weight_g": 18,
                "year": 2025,
                "edition": ["limited", 30],
                "stock": 12,
                "price": 88000,
                "currency": "CNY",
                "pattern": "beads",
                "palette": ["#d4d4d8", "#9ea3a8", "#3b5b8c", "#f2f2f4"],
            },
            {
                "category": "textile",
                "title": {
                    "zh": "鹡宇鸟蜡染挂布",
                    "en": "Jiyu Bird Batik Wall Hanging",
                    "fr": "Tenture en batik à l'oiseau Jiyu",
                    "sw": "Kitambaa cha Batiki cha Ndege Jiyu cha Kutundika Ukutani",
                },
                "description": {
                    "zh": (
                        "90×180厘米的手织土布挂布，以蜂蜡和铜刀绘出鹡宇鸟与漩涡纹，经十余次蓝靛浸染。"
                        "蓝白分明，冰纹自然分布。"
                    ),
                    "en": (
                        "A 90 × 180 cm hand-woven cotton hanging, drawn in beeswax with a copper knife to "
                        "show the Jiyu bird and spirals, then dipped in indigo more than ten times. The blue "
                        "and white contrast sharply, with natural crackle lines across the cloth."
                    ),
                    "fr": (
                        "Tenture de 90 × 180 cm en coton tissé main, dessinée à la cire d'abeille au couteau "
                        "de cuivre, oiseau Jiyu et spirales, puis plongée plus de dix fois dans l'indigo. Le "
                        "contraste bleu-blanc est net, parcouru de craquelures naturelles."
                    ),
                    "sw": (
                        "Kitambaa cha pamba kilichofumwa kwa mkono, cha sentimita 90 kwa 180, kimechorwa kwa "
                        "nta ya nyuki na kisu cha shaba kuonyesha ndege Jiyu na mizunguko, kisha kikachovywa "
                        "katika rangi ya nili zaidi ya mara kumi. Buluu na nyeupe zinatofautiana waziwazi, "
                        "na mistari ya mipasuko inaonekana kwa asili."
                    ),
                },
                "story": {
                    "zh": (
                        "丹寨素有“蜡染之乡”之称，苗族妇女不打草稿，凭记忆以铜刀蘸蜡作画。传说蝴蝶妈妈生下十二"
                        "个蛋，由鹡宇鸟孵了十二年，苗家因此视它为恩鸟。蜡在染缸中开裂，留下每块布独有的冰纹。"
                    ),
                    "en": (
                        "Danzhai is known as the home of batik; Miao women draw freehand from memory, "
                        "dipping a copper knife in hot wax. Legend says Butterfly Mother laid twelve eggs, "
                        "which the Jiyu bird hatched over twelve years, so the Miao honour it as a "
                        "benefactor. The wax cracks in the dye vat, leaving 'ice lines' unique to each cloth."
                    ),
                    "fr": (
                        "Danzhai est surnommé le « pays du batik » : les femmes miao dessinent de mémoire, "
                        "sans esquisse, en trempant un couteau de cuivre dans la cire chaude. La légende "
                        "veut que la Mère Papillon ait pondu douze œufs, couvés douze ans par l'oiseau Jiyu, "
                        "que les Miao honorent depuis. La cire se fendille dans la cuve, laissant des « "
                        "veines de glace » propres à chaque pièce."
                    ),
                    "sw": (
                        "Danzhai inajulikana kama kitovu cha batiki; wanawake wa Kimiao huchora bila mchoro "
                        "wa awali, kwa kumbukumbu tu, wakichovya kisu cha shaba katika nta ya moto. Hadithi "
                        "inasema Mama Kipepeo alitaga mayai kumi na mawili, na ndege Jiyu akayaatamia kwa "
                        "miaka kumi na miwili, hivyo Wamiao humheshimu ndege huyo. Nta hupasuka ndani ya "
                        "chombo cha rangi na kuacha 'mistari ya barafu' ya pekee kwa kila kitambaa."
                    ),
                },
                "medium": "蜡染",
                "materials": "手织土布、蜂蜡、蓝靛",
                "technique": "铜刀点蜡、冷染、脱蜡",
                "dimensions_cm": [90, 180, 1],
                "weight_g": 600,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 260000,
                "currency": "CNY",
                "pattern": "batik",
                "palette": ["#1c2f5a", "#e9e4d8", "#2f4b7c", "#8ea3c7"],
            },
            {
                "category": "textile",
                "title": {
                    "zh": "漩涡纹蜡染棉麻围巾",
                    "en": "Spiral Batik Cotton-Linen Scarf",
                    "fr": "Écharpe en coton et lin, batik à spirales",
                    "sw": "Skafu ya Batiki ya Pamba na Kitani yenye Mizunguko",
                },
                "description": {
                    "zh": (
                        "50×180厘米的棉麻围巾，满布苗族漩涡纹，柔软透气，四季可用。每条均手工点蜡，"
                        "纹样略有不同。"
                    ),
                    "en": (
                        "A 50 × 180 cm cotton-linen scarf covered in Miao spiral motifs, soft and breathable "
                        "in every season. Each one is waxed by hand, so the pattern varies slightly."
                    ),
                    "fr": (
                        "Écharpe en coton et lin de 50 × 180 cm, couverte de spirales miao, douce et "
                        "respirante en toute saison. Chaque pièce est cirée à la main, le motif varie donc "
                        "légèrement."
                    ),
                    "sw": (
                        "Skafu ya pamba na kitani ya sentimita 50 kwa 180, imejaa michoro ya mizunguko ya "
                        "Kimiao; ni laini, inapitisha hewa na inafaa misimu yote. Kila moja hupakwa nta kwa "
                        "mkono, hivyo michoro hutofautiana kidogo."
                    ),
                },
                "story": {
                    "zh": (
                        "漩涡纹在苗语里叫“窝妥”，相传是祖先留下的印记，常见于丹寨一带的蜡染。蓝靛取自当地种植"
                        "的马蓝，要发酵数周才能入缸。"
                    ),
                    "en": (
                        "The spiral, called wotuo in the Miao language, is said to be a mark left by the "
                        "ancestors and is common in batik from around Danzhai. The indigo comes from locally "
                        "grown Strobilanthes, fermented for weeks before it goes into the vat."
                    ),
                    "fr": (
                        "La spirale, appelée wotuo en langue miao, serait une marque laissée par les "
                        "ancêtres ; on la retrouve dans les batiks de la région de Danzhai. L'indigo "
                        "provient du Strobilanthes cultivé sur place, fermenté plusieurs semaines avant "
                        "d'aller en cuve."
                    ),
                    "sw": (
                        "Mzunguko, unaoitwa wotuo kwa lugha ya Kimiao, inasemekana ni alama iliyoachwa na "
                        "mababu, na huonekana sana katika batiki za eneo la Danzhai. Rangi ya nili inatokana "
                        "na mmea wa Strobilanthes unaolimwa huko, ambao huchachushwa kwa wiki kadhaa kabla "
                        "ya kutumiwa."
                    ),
                },
                "medium": "蜡染",
                "materials": "棉麻布、蜂蜡、蓝靛",
                "technique": "手工点蜡、蓝靛浸染",
                "dimensions_cm": [50, 180, 0],
                "weight_g": 150,
                "year": 2025,
                "edition": "open",
                "stock": 40,
                "price": 36000,
                "currency": "CNY",
                "pattern": "batik",
                "palette": ["#243b6b", "#f2efe6", "#5a7bb5"],
            },
            {
                "category": "jewellery",
                "title": {
                    "zh": "三股绞丝银手镯",
                    "en": "Three-Strand Twisted Silver Bangle",
                    "fr": "Jonc en argent torsadé à trois brins",
                    "sw": "Bangili ya Fedha ya Nyuzi Tatu Zilizosokotwa",
                },
                "description": {
                    "zh": (
                        "由三股银条手工绞成的开口手镯，内径约6厘米，可微调大小。表面保留锤痕，"
                        "日常佩戴会渐渐生出温润光泽。"
                    ),
                    "en": (
                        "An open bangle hand-twisted from three silver rods, with an inner diameter of about "
                        "6 cm and slightly adjustable. Hammer marks are left on the surface, which mellows "
                        "to a soft sheen with daily wear."
                    ),
                    "fr": (
                        "Jonc ouvert torsadé à la main à partir de trois fils d'argent, d'un diamètre "
                        "intérieur d'environ 6 cm, légèrement ajustable. Les traces de marteau sont "
                        "conservées et la surface se patine doucement au fil du port."
                    ),
                    "sw": (
                        "Bangili iliyo wazi, iliyosokotwa kwa mkono kutoka vipande vitatu vya fedha; kipenyo "
                        "cha ndani ni takriban sentimita 6 na inaweza kurekebishwa kidogo. Alama za nyundo "
                        "zimeachwa juu yake, na huanza kung'aa taratibu ikivaliwa kila siku."
                    ),
                },
                "story": {
                    "zh": (
                        "在苗族村寨，银饰是一个家庭积蓄财富的方式，母亲会把银饰一代代传给女儿。"
                        "绞丝手镯是最朴素的日常款式，赶场和下地干活时都戴着。"
                    ),
                    "en": (
                        "In Miao villages, silver is a way for a family to store its wealth, and mothers "
                        "pass their pieces down to their daughters. The twisted bangle is the simplest "
                        "everyday style, worn on market days and in the fields."
                    ),
                    "fr": (
                        "Dans les villages miao, l'argent sert de réserve de richesse familiale, transmise "
                        "de mère en fille. Le jonc torsadé est le modèle quotidien le plus simple, porté les "
                        "jours de marché comme aux champs."
                    ),
                    "sw": (
                        "Katika vijiji vya Wamiao, fedha ni njia ya familia kuhifadhi mali yake, na akina "
                        "mama huwarithisha binti zao vito vyao. Bangili ya nyuzi zilizosokotwa ndiyo mtindo "
                        "rahisi zaidi wa kila siku, huvaliwa siku za soko na wakati wa kazi shambani."
                    ),
                },
                "medium": "苗银饰",
                "materials": "足银",
                "technique": "绞丝、锻打",
                "dimensions_cm": [7, 7, 1],
                "weight_g": 45,
                "year": 2024,
                "edition": ["limited", 20],
                "stock": 7,
                "price": 128000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#cfd2d6", "#8f949a", "#2d3748"],
            },
            {
                "category": "textile",
                "title": {
                    "zh": "破线绣鱼龙纹绣片",
                    "en": "Split-Thread Embroidery Panel with Fish-Dragon",
                    "fr": "Panneau brodé au fil fendu, dragon-poisson",
                    "sw": "Kipande cha Kutarizi chenye Joka-Samaki",
                },
                "description": {
                    "zh": (
                        "40×40厘米的装裱绣片，将一根丝线劈成十六股，绣出鱼身龙纹，丝光柔亮。原为盛装衣袖而绣"
                        "，现装于亚麻衬板上。"
                    ),
                    "en": (
                        "A 40 × 40 cm mounted embroidery in which silk thread, split into sixteen strands, "
                        "forms a fish-bodied dragon with a soft sheen. Originally made for a festive sleeve, "
                        "it is now mounted on linen board."
                    ),
                    "fr": (
                        "Broderie de 40 × 40 cm où un fil de soie divisé en seize brins dessine un dragon à "
                        "corps de poisson au lustre doux. Conçue pour une manche de costume de fête, elle "
                        "est montée sur un support de lin."
                    ),
                    "sw": (
                        "Kipande cha kutarizi cha sentimita 40 kwa 40, ambapo uzi wa hariri uliogawanywa "
                        "mara kumi na sita unaunda joka lenye mwili wa samaki linalong'aa kwa ulaini. Awali "
                        "kilitariziwa kwa ajili ya mkono wa vazi la sikukuu, na sasa kimebandikwa kwenye "
                        "ubao uliofunikwa kwa kitani."
                    ),
                },
                "story": {
                    "zh": (
                        "破线绣是雷山苗族最精细的绣法，丝线先用皂角水浸过再劈开，绣一只衣袖往往需要数月。"
                        "苗族的龙并非皇权象征，而是护佑村寨、带来雨水的亲近生灵。此件由作者设计纹样，"
                        "母亲刺绣。"
                    ),
                    "en": (
                        "Split-thread embroidery is the finest technique of the Leishan Miao; each silk "
                        "thread is soaked in soap-pod water before being split, and a single sleeve can take "
                        "months. Miao dragons are not imperial symbols but friendly creatures that protect "
                        "the village and bring rain. The artist designed this motif and her mother "
                        "embroidered it."
                    ),
                    "fr": (
                        "La broderie au fil fendu est la technique la plus fine des Miao de Leishan : chaque "
                        "fil de soie est trempé dans une eau de gousses de févier avant d'être divisé, et "
                        "une manche peut demander plusieurs mois. Chez les Miao, le dragon n'est pas un "
                        "emblème impérial mais une créature familière qui protège le village et apporte la "
                        "pluie. Le motif est de l'artiste, la broderie de sa mère."
                    ),
                    "sw": (
                        "Utarizi wa nyuzi zilizogawanywa ndio mbinu ya kina zaidi ya Wamiao wa Leishan; kila "
                        "uzi wa hariri hulowekwa katika maji ya maganda ya mti wa sabuni kabla ya "
                        "kugawanywa, na mkono mmoja wa vazi unaweza kuchukua miezi kadhaa. Kwa Wamiao, joka "
                        "si ishara ya mamlaka ya kifalme bali ni kiumbe rafiki anayelinda kijiji na kuleta "
                        "mvua. Msanii alibuni mchoro huu na mama yake akautarizi."
                    ),
                },
                "medium": "苗绣",
                "materials": "丝线、土布、亚麻衬板",
                "technique": "破线绣",
                "dimensions_cm": [40, 40, 2],
                "weight_g": 400,
                "year": 2021,
                "edition": "unique",
                "stock": 1,
                "price": 560000,
                "currency": "CNY",
                "pattern": "mosaic",
                "palette": ["#7a1f2b", "#1f4e5f", "#e0b13c", "#2a2a2a"],
            },
        ],
    },
    {
        "key": "shen-zhiyuan",
        "name": "沈之远",
        "email": "shen.zhiyuan@demo.local",
        "country": "CN",
        "region": "浙江杭州",
        "language": "zh",
        "disciplines": ["painting", "print"],
        "bio": {
            "zh": (
                "沈之远毕业于中国美术学院版画系，现居杭州富阳。他兼作水墨与水印木刻，常年在富春江两岸写生，"
                "画面清淡而有节制。"
            ),
            "en": (
                "Shen Zhiyuan graduated from the printmaking department of the China Academy of Art and "
                "lives in Fuyang, Hangzhou. He works in both ink painting and water-based woodcut, sketching "
                "along the Fuchun River all year round; his images are pale and restrained."
            ),
            "fr": (
                "Diplômé du département d'estampe de l'Académie chinoise des beaux-arts, Shen Zhiyuan vit à "
                "Fuyang, près de Hangzhou. Il pratique la peinture à l'encre et la gravure sur bois à l'eau, "
                "et dessine toute l'année sur les rives du Fuchun, dans un style sobre et retenu."
            ),
            "sw": (
                "Shen Zhiyuan alihitimu katika idara ya sanaa ya uchapaji ya Chuo cha Sanaa cha China, na "
                "anaishi Fuyang, Hangzhou. Anachora kwa wino na kuchapa kwa mbao kwa rangi za maji, na "
                "huchora kando ya Mto Fuchun mwaka mzima; kazi zake zina rangi hafifu na utulivu."
            ),
        },
        "works": [
            {
                "category": "painting",
                "title": {
                    "zh": "富春江上·新写山居图",
                    "en": "New Dwelling on the Fuchun River",
                    "fr": "Nouvelle demeure sur le Fuchun",
                    "sw": "Makazi Mapya kando ya Mto Fuchun",
                },
                "description": {
                    "zh": (
                        "四尺整张宣纸水墨立轴，画富春江秋晨的远山、渔舟与江雾。以淡墨积染为主，"
                        "只在近处树石上用焦墨点醒。"
                    ),
                    "en": (
                        "An ink hanging scroll on a full sheet of Xuan paper, showing distant hills, fishing "
                        "boats and river mist on an autumn morning on the Fuchun. It is built mostly from "
                        "layered pale washes, with dry black ink only on the nearest trees and rocks."
                    ),
                    "fr": (
                        "Rouleau vertical à l'encre sur une feuille entière de papier Xuan : collines "
                        "lointaines, barques de pêche et brume d'un matin d'automne sur le Fuchun. Les lavis "
                        "pâles superposés dominent ; l'encre sèche et noire n'accentue que les arbres et les "
                        "rochers du premier plan."
                    ),
                    "sw": (
                        "Mchoro wa wino wa kutundikwa, kwenye karatasi nzima ya Xuan, unaoonyesha milima ya "
                        "mbali, mashua za uvuvi na ukungu wa mto asubuhi ya majira ya kupukutika kwa majani "
                        "kando ya Mto Fuchun. Umejengwa zaidi kwa tabaka za wino hafifu, na wino mzito "
                        "mweusi umetumika tu kwenye miti na miamba ya karibu."
                    ),
                },
                "story": {
                    "zh": (
                        "元代黄公望晚年隐居富阳，用数年画成《富春山居图》，此卷后遭火焚断为两段，"
                        "分藏杭州与台北。作者在同一段江岸写生三年，想用今天的眼睛重看这条江。"
                    ),
                    "en": (
                        "In the Yuan dynasty Huang Gongwang spent his last years in Fuyang and several years "
                        "painting Dwelling in the Fuchun Mountains; the scroll was later burned in two, and "
                        "its parts are now kept in Hangzhou and Taipei. The artist sketched the same stretch "
                        "of river for three years, trying to see it again with today's eyes."
                    ),
                    "fr": (
                        "Sous les Yuan, Huang Gongwang passa ses dernières années à Fuyang et mit plusieurs "
                        "années à peindre Séjour dans les monts Fuchun ; le rouleau, plus tard coupé en deux "
                        "par le feu, est aujourd'hui partagé entre Hangzhou et Taipei. L'artiste a dessiné "
                        "le même tronçon de rive pendant trois ans, pour regarder ce fleuve avec des yeux "
                        "d'aujourd'hui."
                    ),
                    "sw": (
                        "Wakati wa Enzi ya Yuan, mchoraji Huang Gongwang aliishi miaka yake ya mwisho huko "
                        "Fuyang na alitumia miaka kadhaa kuchora 'Makazi katika Milima ya Fuchun'; baadaye "
                        "mchoro huo uliungua na kugawanyika sehemu mbili, ambazo sasa zinahifadhiwa Hangzhou "
                        "na Taipei. Msanii alichora sehemu ileile ya ukingo wa mto kwa miaka mitatu, "
                        "akijaribu kuuona mto huo kwa macho ya leo."
                    ),
                },
                "medium": "水墨画",
                "materials": "宣纸、松烟墨",
                "technique": "积墨、焦墨点苔",
                "dimensions_cm": [68, 136, 1],
                "weight_g": 900,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 1800000,
                "currency": "CNY",
                "pattern": "ink_landscape",
                "palette": ["#f2ede3", "#2b2b2b", "#7d8a80", "#b8b2a5"],
            },
            {
                "category": "print",
                "title": {
                    "zh": "断桥残雪（水印木刻）",
                    "en": "Lingering Snow on the Broken Bridge (Water-Based Woodcut)",
                    "fr": "Neige persistante sur le Pont brisé (gravure sur bois à l'eau)",
                    "sw": "Theluji Iliyobaki kwenye Daraja Lililovunjika (Chapa ya Mbao kwa Rangi za Maji)",
                },
                "description": {
                    "zh": (
                        "45×60厘米的水印木刻，以七块梨木版在手工皮纸上套印，雪后西湖一片灰白。限量三十张，"
                        "每张均有作者签名与编号。"
                    ),
                    "en": (
                        "A 45 × 60 cm water-based woodcut printed from seven pearwood blocks on handmade "
                        "bark paper, showing West Lake grey and white after snow. Edition of thirty, each "
                        "signed and numbered by the artist."
                    ),
                    "fr": (
                        "Gravure sur bois à l'eau de 45 × 60 cm, imprimée avec sept planches de poirier sur "
                        "papier d'écorce fait main : le lac de l'Ouest, gris et blanc, après la neige. "
                        "Tirage de trente exemplaires, tous signés et numérotés."
                    ),
                    "sw": (
                        "Chapa ya mbao ya sentimita 45 kwa 60, iliyochapishwa kwa mbao saba juu ya karatasi "
                        "ya magome iliyotengenezwa kwa mkono, ikionyesha Ziwa Magharibi likiwa jeupe na "
                        "kijivu baada ya theluji. Ni toleo lenye idadi maalum la nakala thelathini, kila "
                        "moja imesainiwa na kupewa namba na msanii."
                    ),
                },
                "story": {
                    "zh": (
                        "“断桥残雪”是西湖十景之一。桥其实未断，只因雪后桥面一半先融，远看似断。"
                        "水印木刻以水性颜料印于湿纸，能印出近似水墨的晕染，是二十世纪江浙版画家发展起来的传统"
                        "。"
                    ),
                    "en": (
                        "'Lingering Snow on the Broken Bridge' is one of the Ten Scenes of West Lake; the "
                        "bridge is not broken, but after snow one half thaws first and from afar it looks "
                        "cut in two. Water-based woodcut prints watercolour onto damp paper, giving soft "
                        "washes close to ink painting, a tradition developed by printmakers in Jiangsu and "
                        "Zhejiang in the twentieth century."
                    ),
                    "fr": (
                        "« Neige persistante sur le Pont brisé » est l'un des Dix paysages du lac de l'Ouest "
                        ": le pont n'est pas rompu, mais après la neige une moitié fond la première et, de "
                        "loin, il paraît coupé. La gravure sur bois à l'eau imprime des couleurs aqueuses "
                        "sur papier humide, avec des dégradés proches du lavis ; cette tradition s'est "
                        "développée au XXe siècle chez les graveurs du Jiangsu et du Zhejiang."
                    ),
                    "sw": (
                        "'Theluji Iliyobaki kwenye Daraja Lililovunjika' ni mojawapo ya Mandhari Kumi za "
                        "Ziwa Magharibi; daraja halijavunjika, lakini baada ya theluji nusu yake huyeyuka "
                        "kwanza na kwa mbali huonekana kama limekatika. Uchapaji huu hutumia rangi za maji "
                        "juu ya karatasi yenye unyevu na kutoa mwonekano laini unaofanana na uchoraji wa "
                        "wino; ni jadi iliyokuzwa na wachapaji wa Jiangsu na Zhejiang katika karne ya "
                        "ishirini."
                    ),
                },
                "medium": "水印木刻",
                "materials": "梨木版、手工皮纸、水性颜料",
                "technique": "多版套印",
                "dimensions_cm": [45, 60, 1],
                "weight_g": 200,
                "year": 2022,
                "edition": ["limited", 30],
                "stock": 18,
                "price": 240000,
                "currency": "CNY",
                "pattern": "ink_landscape",
                "palette": ["#e8e6df", "#4a5a6a", "#9aa8b0", "#1c1c1c"],
            },
            {
                "category": "print",
                "title": {
                    "zh": "曲院风荷（小幅木刻）",
                    "en": "Lotus Breeze at Quyuan (Small Print)",
                    "fr": "Brise sur les lotus de Quyuan (petite estampe)",
                    "sw": "Upepo juu ya Yungiyungi huko Quyuan (Chapa Ndogo)",
                },
                "description": {
                    "zh": (
                        "20×20厘米的小幅木刻，两片荷叶、一只蜻蜓，绿色分三次叠印。开放版次，适合第一次收藏版"
                        "画的朋友。"
                    ),
                    "en": (
                        "A small 20 × 20 cm woodcut of two lotus leaves and a dragonfly, the greens "
                        "overprinted in three passes. An open edition, ideal for starting a print collection."
                    ),
                    "fr": (
                        "Petite gravure de 20 × 20 cm : deux feuilles de lotus et une libellule, les verts "
                        "imprimés en trois passages. Tirage ouvert, idéal pour commencer une collection "
                        "d'estampes."
                    ),
                    "sw": (
                        "Chapa ndogo ya mbao ya sentimita 20 kwa 20 yenye majani mawili ya yungiyungi na "
                        "kereng'ende mmoja; rangi ya kijani imechapishwa mara tatu juu ya nyingine. Ni toleo "
                        "lisilo na kikomo, linalofaa kwa anayeanza kukusanya kazi za sanaa za uchapaji."
                    ),
                },
                "story": {
                    "zh": (
                        "“曲院”原是南宋官家酿酒的作坊，因院中多荷而得名“曲院风荷”，如今是西湖夏日赏荷的去处。"
                        "作者每年七月在此写生，用尽量少的版数留住荷塘的清凉。"
                    ),
                    "en": (
                        "Quyuan was a Southern Song court brewery, remembered for the lotus in its pond; "
                        "today it is where people go to see West Lake's summer lotus. The artist sketches "
                        "there every July, catching the cool of the pond with as few blocks as possible."
                    ),
                    "fr": (
                        "Quyuan était à l'origine une brasserie de la cour des Song du Sud, célèbre pour ses "
                        "lotus ; c'est aujourd'hui le lieu où l'on admire les lotus du lac en été. L'artiste "
                        "y dessine chaque mois de juillet, et rend la fraîcheur de l'étang avec le moins de "
                        "planches possible."
                    ),
                    "sw": (
                        "Quyuan awali kilikuwa kiwanda cha pombe cha kasri la Enzi ya Song ya Kusini, "
                        "kilichojulikana kwa maua ya yungiyungi bwawani; leo ni mahali watu huenda kuona "
                        "maua hayo wakati wa kiangazi. Msanii huchora huko kila mwezi Julai, akinasa ubaridi "
                        "wa bwawa kwa kutumia mbao chache iwezekanavyo."
                    ),
                },
                "medium": "木刻版画",
                "materials": "椴木版、宣纸、水性颜料",
                "technique": "水印套印",
                "dimensions_cm": [20, 20, 1],
                "weight_g": 40,
                "year": 2025,
                "edition": "open",
                "stock": 50,
                "price": 38000,
                "currency": "CNY",
                "pattern": "waves",
                "palette": ["#e9efe3", "#3f6b4a", "#9bb58e", "#d98c9f"],
            },
            {
                "category": "painting",
                "title": {
                    "zh": "雨后新篁",
                    "en": "New Bamboo after Rain",
                    "fr": "Jeunes bambous après la pluie",
                    "sw": "Mianzi Michanga baada ya Mvua",
                },
                "description": {
                    "zh": (
                        "34×68厘米的水墨小品，画雨后几竿新竹与一块湖石，墨色湿润。未装裱，卷筒寄出，"
                        "可按喜好装框。"
                    ),
                    "en": (
                        "A 34 × 68 cm ink study of a few young bamboo stems and a lake rock after rain, the "
                        "ink still looking wet. Unmounted and shipped rolled, ready to be framed to your "
                        "taste."
                    ),
                    "fr": (
                        "Petite encre de 34 × 68 cm : quelques jeunes bambous et une pierre de lac après la "
                        "pluie, l'encre encore humide à l'œil. Non montée, expédiée roulée, à encadrer selon "
                        "vos goûts."
                    ),
                    "sw": (
                        "Mchoro mdogo wa wino wa sentimita 34 kwa 68, unaoonyesha mianzi michache michanga "
                        "na jiwe la ziwani baada ya mvua, wino ukionekana bado una unyevu. Haujawekwa fremu; "
                        "hutumwa ukiwa umeviringishwa ili uweke fremu upendavyo."
                    ),
                },
                "story": {
                    "zh": (
                        "竹子中空有节，自北宋文同、苏轼以来便是文人画最常见的题材，象征虚心与气节。"
                        "湖石多采自太湖，石上的孔洞是湖水经年冲刷而成。"
                    ),
                    "en": (
                        "Hollow yet jointed, bamboo has been a favourite literati subject since Wen Tong and "
                        "Su Shi in the Northern Song, standing for humility and integrity. Scholars' rocks "
                        "were often taken from Lake Tai, their holes worn by centuries of lake water."
                    ),
                    "fr": (
                        "Creux mais ponctué de nœuds, le bambou est un sujet favori de la peinture lettrée "
                        "depuis Wen Tong et Su Shi, sous les Song du Nord, symbole d'humilité et de "
                        "droiture. Les pierres de lettré venaient souvent du lac Tai, percées par des "
                        "siècles d'érosion."
                    ),
                    "sw": (
                        "Mianzi, yenye uwazi ndani na vifundo nje, imekuwa somo pendwa la wachoraji wasomi "
                        "tangu Wen Tong na Su Shi wa Enzi ya Song ya Kaskazini, ikiwa ishara ya unyenyekevu "
                        "na uadilifu. Mawe ya mapambo mara nyingi yalichukuliwa kutoka Ziwa Tai, na matundu "
                        "yake yalitokana na maji ya ziwa kwa karne nyingi."
                    ),
                },
                "medium": "水墨画",
                "materials": "生宣、油烟墨",
                "technique": "写意",
                "dimensions_cm": [34, 68, 0],
                "weight_g": 30,
                "year": 2019,
                "edition": "unique",
                "stock": 1,
                "price": 68000,
                "currency": "USD",
                "pattern": "ink_landscape",
                "palette": ["#f4f0e6", "#222222", "#5e6e5a"],
            },
            {
                "category": "print",
                "title": {
                    "zh": "钱塘观潮（黑白木刻）",
                    "en": "Watching the Qiantang Bore (Black-and-White Woodcut)",
                    "fr": "Le mascaret de la Qiantang (gravure sur bois en noir et blanc)",
                    "sw": "Kutazama Wimbi Kubwa la Qiantang (Chapa ya Mbao Nyeusi na Nyeupe)",
                },
                "description": {
                    "zh": (
                        "60×40厘米的黑白木刻，以密集的刀痕刻出大潮扑岸的一瞬，油墨厚重。限量十五张，"
                        "签名编号。"
                    ),
                    "en": (
                        "A 60 × 40 cm black-and-white woodcut whose dense cuts catch the moment the tidal "
                        "bore strikes the embankment, printed in heavy oil-based ink. Edition of fifteen, "
                        "signed and numbered."
                    ),
                    "fr": (
                        "Gravure sur bois en noir et blanc de 60 × 40 cm, dont les tailles serrées "
                        "saisissent l'instant où le mascaret frappe la digue, imprimée à l'encre grasse. "
                        "Tirage de quinze exemplaires, signés et numérotés."
                    ),
                    "sw": (
                        "Chapa ya mbao nyeusi na nyeupe ya sentimita 60 kwa 40, ambayo mikato yake mingi "
                        "inanasa wakati wimbi kubwa linapogonga ukingo wa mto, kwa wino mzito wa mafuta. Ni "
                        "toleo lenye idadi maalum la nakala kumi na tano, zilizosainiwa na kupewa namba."
                    ),
                },
                "story": {
                    "zh": (
                        "钱塘江大潮以农历八月十八前后最盛，潮头可高达数米，杭州人观潮的习俗已有两千年。"
                        "黑白木刻在二十世纪三十年代经鲁迅倡导而兴起，杭州正是新兴木刻运动的发源地之一。"
                    ),
                    "en": (
                        "The Qiantang tidal bore peaks around the eighteenth day of the eighth lunar month, "
                        "with waves several metres high, and people in Hangzhou have gathered to watch it "
                        "for two thousand years. Black-and-white woodcut rose in the 1930s with Lu Xun's "
                        "support, and Hangzhou was one of the birthplaces of that modern woodcut movement."
                    ),
                    "fr": (
                        "Le mascaret de la Qiantang culmine vers le dix-huitième jour du huitième mois "
                        "lunaire, avec des vagues de plusieurs mètres ; les habitants de Hangzhou viennent "
                        "l'admirer depuis deux mille ans. La gravure en noir et blanc s'est imposée dans les "
                        "années 1930 sous l'impulsion de Lu Xun, et Hangzhou fut l'un des berceaux de ce "
                        "mouvement de la nouvelle gravure."
                    ),
                    "sw": (
                        "Wimbi kubwa la Mto Qiantang hufikia kilele chake karibu na siku ya kumi na nane ya "
                        "mwezi wa nane wa kalenda ya mwezi, likiwa na urefu wa mita kadhaa, na wakazi wa "
                        "Hangzhou wamekuwa wakilitazama kwa miaka elfu mbili. Uchapaji wa mbao wa rangi "
                        "nyeusi na nyeupe ulistawi miaka ya 1930 kwa msaada wa mwandishi Lu Xun, na Hangzhou "
                        "ilikuwa mojawapo ya chimbuko la vuguvugu hilo."
                    ),
                },
                "medium": "黑白木刻",
                "materials": "椴木版、油性油墨、宣纸",
                "technique": "阴刻、手工拓印",
                "dimensions_cm": [60, 40, 1],
                "weight_g": 180,
                "year": 2020,
                "edition": ["limited", 15],
                "stock": 4,
                "price": 320000,
                "currency": "CNY",
                "pattern": "waves",
                "palette": ["#d9dee0", "#2f4858", "#8aa1ad", "#f7f4ec"],
            },
        ],
    },
    {
        "key": "liang-jiamin",
        "name": "梁嘉敏",
        "email": "liang.jiamin@demo.local",
        "country": "CN",
        "region": "广东广州",
        "language": "zh",
        "disciplines": ["photography", "digital_art"],
        "bio": {
            "zh": (
                "梁嘉敏是广州的摄影师和数字艺术家，曾在内罗毕和拉各斯驻留创作。她多年来记录广州小北一带的非洲"
                "商人与本地街坊，关注两地人在日常生活中的相遇。"
            ),
            "en": (
                "Liang Jiamin is a photographer and digital artist from Guangzhou who has held residencies "
                "in Nairobi and Lagos. For years she has documented African traders and their local "
                "neighbours around Xiaobei in Guangzhou, with an eye for everyday encounters."
            ),
            "fr": (
                "Liang Jiamin est photographe et artiste numérique à Canton ; elle a été en résidence à "
                "Nairobi et à Lagos. Depuis des années, elle photographie les commerçants africains et les "
                "habitants du quartier de Xiaobei, attentive aux rencontres du quotidien."
            ),
            "sw": (
                "Liang Jiamin ni mpiga picha na msanii wa kidijitali kutoka Guangzhou ambaye amewahi "
                "kushiriki programu za wasanii wageni jijini Nairobi na Lagos. Kwa miaka mingi amekuwa "
                "akipiga picha za wafanyabiashara wa Kiafrika na majirani zao katika eneo la Xiaobei, "
                "Guangzhou, akizingatia makutano ya maisha ya kila siku."
            ),
        },
        "works": [
            {
                "category": "photography",
                "title": {
                    "zh": "登峰街的裁缝铺",
                    "en": "The Tailor's Shop on Dengfeng Street",
                    "fr": "L'atelier du tailleur, rue Dengfeng",
                    "sw": "Duka la Fundi Cherehani, Mtaa wa Dengfeng",
                },
                "description": {
                    "zh": (
                        "60×40厘米的收藏级喷墨照片：一位广州裁缝在满墙非洲印花布前，和尼日利亚顾客核对尺寸。"
                        "哈内姆勒棉质相纸，附签名与编号。"
                    ),
                    "en": (
                        "A 60 × 40 cm archival inkjet print of a Guangzhou tailor checking measurements with "
                        "a Nigerian customer in front of a wall of African wax-print fabric. On Hahnemühle "
                        "cotton rag paper, signed and numbered."
                    ),
                    "fr": (
                        "Tirage jet d'encre d'archive de 60 × 40 cm : un tailleur cantonais vérifie des "
                        "mesures avec une cliente nigériane devant un mur de tissus wax. Sur papier coton "
                        "Hahnemühle, signé et numéroté."
                    ),
                    "sw": (
                        "Picha ya sentimita 60 kwa 40 iliyochapishwa kwa ubora wa kuhifadhiwa muda mrefu, "
                        "inayomwonyesha fundi cherehani wa Guangzhou akihakiki vipimo na mteja kutoka "
                        "Nigeria mbele ya ukuta uliojaa vitenge. Imechapishwa kwenye karatasi ya pamba ya "
                        "Hahnemühle, imesainiwa na kupewa namba."
                    ),
                },
                "story": {
                    "zh": (
                        "自上世纪九十年代末起，广州小北、登峰一带聚集了来自西非和东非的商人，不少“非洲印花布”"
                        "其实在中国印染，再运往拉各斯和阿克拉。照片中的裁缝铺已开了十二年，老板学会了几句约鲁"
                        "巴语问候。"
                    ),
                    "en": (
                        "Since the late 1990s, the Xiaobei and Dengfeng area of Guangzhou has drawn traders "
                        "from West and East Africa, and much 'African wax print' is in fact printed in China "
                        "before shipping to Lagos and Accra. The shop in the photograph has been open for "
                        "twelve years, and its owner has picked up a few greetings in Yoruba."
                    ),
                    "fr": (
                        "Depuis la fin des années 1990, le quartier de Xiaobei et Dengfeng attire des "
                        "commerçants d'Afrique de l'Ouest et de l'Est, et une bonne partie du « wax africain "
                        "» est en réalité imprimée en Chine avant de partir pour Lagos ou Accra. L'atelier "
                        "photographié existe depuis douze ans, et son patron a appris quelques salutations "
                        "en yoruba."
                    ),
                    "sw": (
                        "Tangu mwishoni mwa miaka ya 1990, eneo la Xiaobei na Dengfeng mjini Guangzhou "
                        "limevutia wafanyabiashara kutoka Afrika Magharibi na Mashariki, na vitenge vingi "
                        "vinavyoitwa 'vya Kiafrika' kwa kweli huchapishwa China kabla ya kusafirishwa Lagos "
                        "na Accra. Duka lililo kwenye picha limekuwepo kwa miaka kumi na miwili, na mmiliki "
                        "wake amejifunza salamu chache za Kiyoruba."
                    ),
                },
                "medium": "摄影",
                "materials": "哈内姆勒棉质相纸、颜料墨水",
                "technique": "数码摄影、收藏级喷墨输出",
                "dimensions_cm": [60, 40, 1],
                "weight_g": 120,
                "year": 2021,
                "edition": ["limited", 10],
                "stock": 6,
                "price": 380000,
                "currency": "CNY",
                "pattern": "kente",
                "palette": ["#e0a526", "#1e6f5c", "#b5332e", "#2b2b2b"],
            },
            {
                "category": "digital_art",
                "title": {
                    "zh": "两条河的交汇：珠江与尼日尔河",
                    "en": "Where Two Rivers Meet: The Pearl and the Niger",
                    "fr": "Là où deux fleuves se rencontrent : la rivière des Perles et le Niger",
                    "sw": "Makutano ya Mito Miwili: Zhujiang na Niger",
                },
                "description": {
                    "zh": (
                        "一件16:9的数字作品，把珠江夜景的卫星影像与尼日尔河三角洲的水系层层交织，以7680×4320"
                        "像素的高清文件交付，适合大屏幕或投影展示。"
                    ),
                    "en": (
                        "A 16:9 digital work weaving night-time satellite images of the Pearl River with the "
                        "waterways of the Niger Delta, delivered as a 7680 × 4320 px file. Suited to large "
                        "screens or projection."
                    ),
                    "fr": (
                        "Œuvre numérique au format 16:9 qui entrelace des images satellite nocturnes de la "
                        "rivière des Perles et le réseau hydrographique du delta du Niger, livrée en fichier "
                        "de 7680 × 4320 px. Pour grand écran ou projection."
                    ),
                    "sw": (
                        "Kazi ya sanaa ya kidijitali ya uwiano wa 16:9 inayofuma pamoja picha za setilaiti "
                        "za Mto Zhujiang usiku na mifumo ya mito ya Delta ya Niger; hutolewa kama faili la "
                        "pikseli 7680 × 4320. Inafaa kuonyeshwa kwenye skrini kubwa au kwa projekta."
                    ),
                },
                "story": {
                    "zh": (
                        "珠江三角洲与尼日尔河三角洲都是人口稠密、河网纵横的大河入海口。作者在拉各斯驻留期间与"
                        "一位尼日利亚地理学者合作，挑出两地形态相似的河道，用同一套色彩重新绘制。"
                    ),
                    "en": (
                        "The Pearl River Delta and the Niger Delta are both densely populated river mouths "
                        "laced with channels. During her Lagos residency the artist worked with a Nigerian "
                        "geographer to pick out similar channel shapes in both deltas and redraw them in one "
                        "shared palette."
                    ),
                    "fr": (
                        "Le delta de la rivière des Perles et celui du Niger sont deux embouchures densément "
                        "peuplées, sillonnées de chenaux. En résidence à Lagos, l'artiste a travaillé avec "
                        "un géographe nigérian pour repérer des chenaux de formes semblables, redessinés ici "
                        "dans une même palette."
                    ),
                    "sw": (
                        "Delta ya Mto Zhujiang na Delta ya Niger zote ni midomo ya mito mikubwa yenye watu "
                        "wengi na mifereji mingi. Alipokuwa Lagos, msanii alishirikiana na mtaalamu wa "
                        "jiografia kutoka Nigeria kuchagua mifereji yenye maumbo yanayofanana katika delta "
                        "zote mbili, na kuichora upya kwa rangi zilezile."
                    ),
                },
                "medium": "数字艺术",
                "materials": "卫星影像、数字绘画",
                "technique": "图层合成、数字手绘",
                "dimensions_cm": [80, 45, 0],
                "weight_g": 0,
                "year": 2024,
                "edition": "open",
                "stock": 50,
                "price": 68000,
                "currency": "CNY",
                "pattern": "waves",
                "palette": ["#0b1d3a", "#f2b134", "#2a9d8f", "#e76f51"],
            },
            {
                "category": "photography",
                "title": {
                    "zh": "恩宁路骑楼下的午后",
                    "en": "Afternoon under the Arcades of Enning Road",
                    "fr": "Après-midi sous les arcades de la rue Enning",
                    "sw": "Alasiri chini ya Veranda za Barabara ya Enning",
                },
                "description": {
                    "zh": (
                        "80×53厘米的彩色照片：午后斜阳穿过骑楼廊柱，一位老街坊和来自马里的留学生在廊下对弈象"
                        "棋。限量五张。"
                    ),
                    "en": (
                        "An 80 × 53 cm colour photograph: slanting afternoon light falls through the arcade "
                        "columns, where an elderly neighbour plays Chinese chess with a student from Mali. "
                        "Edition of five."
                    ),
                    "fr": (
                        "Photographie couleur de 80 × 53 cm : la lumière rasante de l'après-midi traverse "
                        "les piliers des arcades, sous lesquelles un vieux voisin joue aux échecs chinois "
                        "avec un étudiant malien. Tirage de cinq exemplaires."
                    ),
                    "sw": (
                        "Picha ya rangi ya sentimita 80 kwa 53: mwanga wa alasiri unapenya kati ya nguzo za "
                        "veranda, ambapo mzee wa mtaani anacheza sataranji ya Kichina na mwanafunzi kutoka "
                        "Mali. Ni toleo lenye idadi maalum la nakala tano."
                    ),
                },
                "story": {
                    "zh": (
                        "骑楼是岭南近代常见的街屋，楼下廊道为行人遮阳挡雨，二十世纪初在广州大量兴建，"
                        "恩宁路是保存最完整的骑楼街之一。照片摄于2019年，此后两人每周都在这里对弈。"
                    ),
                    "en": (
                        "Arcaded shophouses, or qilou, are typical of modern Lingnan streets, their covered "
                        "walkways sheltering passers-by from sun and rain; Guangzhou built many in the early "
                        "twentieth century, and Enning Road is one of the best preserved. The photograph was "
                        "taken in 2019, and the two men have met here to play every week since."
                    ),
                    "fr": (
                        "Les qilou, maisons-boutiques à arcades, sont typiques des rues du Lingnan moderne : "
                        "leurs galeries protègent les passants du soleil et de la pluie. Canton en a "
                        "beaucoup construit au début du XXe siècle, et la rue Enning est l'une des mieux "
                        "préservées. La photo date de 2019 ; depuis, les deux hommes s'y retrouvent chaque "
                        "semaine."
                    ),
                    "sw": (
                        "Qilou ni nyumba za maduka zenye veranda, za kawaida katika mitaa ya kisasa ya "
                        "Lingnan; njia zake zilizofunikwa huwakinga wapita njia dhidi ya jua na mvua. "
                        "Guangzhou ilijenga nyingi mwanzoni mwa karne ya ishirini, na Barabara ya Enning ni "
                        "mojawapo ya mitaa iliyohifadhiwa vizuri zaidi. Picha hii ilipigwa mwaka 2019, na "
                        "tangu hapo wawili hao hukutana hapa kucheza kila wiki."
                    ),
                },
                "medium": "摄影",
                "materials": "收藏级相纸、颜料墨水",
                "technique": "胶片摄影、数字扫描、喷墨输出",
                "dimensions_cm": [80, 53, 1],
                "weight_g": 300,
                "year": 2019,
                "edition": ["limited", 5],
                "stock": 2,
                "price": 520000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#c9a66b", "#5c4033", "#e8dcc4", "#2e4a62"],
            },
            {
                "category": "digital_art",
                "title": {
                    "zh": "广彩与阿丁克拉：数字纹样之一",
                    "en": "Canton Enamel Meets Adinkra: Digital Pattern No. 1",
                    "fr": "Porcelaine de Canton et adinkra : motif numérique n° 1",
                    "sw": "Guangcai na Adinkra: Mchoro wa Kidijitali Na. 1",
                },
                "description": {
                    "zh": (
                        "一件方形数字作品，把广彩瓷盘的描金开光与加纳阿丁克拉符号编排成对称纹样。"
                        "以高清文件和签名证书交付，限量二十份。"
                    ),
                    "en": (
                        "A square digital work arranging the gilded panels of Canton enamel plates and "
                        "Ghanaian Adinkra symbols into a symmetrical pattern. Delivered as a high-resolution "
                        "file with a signed certificate, in an edition of twenty."
                    ),
                    "fr": (
                        "Œuvre numérique carrée qui agence les cartouches dorés des assiettes de porcelaine "
                        "de Canton et des symboles adinkra du Ghana en un motif symétrique. Livrée en "
                        "fichier haute résolution avec certificat signé, tirage de vingt."
                    ),
                    "sw": (
                        "Kazi ya sanaa ya kidijitali yenye umbo la mraba, inayopanga pamoja fremu za dhahabu "
                        "za sahani za kauri za Guangcai na alama za Adinkra za Ghana katika mchoro "
                        "linganifu. Hutolewa kama faili la ubora wa juu pamoja na cheti kilichosainiwa; ni "
                        "toleo lenye idadi maalum la nakala ishirini."
                    ),
                },
                "story": {
                    "zh": (
                        "广彩兴起于清代广州，工匠在景德镇白瓷上彩绘描金，专供外销欧洲。阿丁克拉是加纳阿散蒂人"
                        "印在布上的符号，各有固定含义。本作与阿克拉设计师阿玛·门萨合作，选用了象征团结的“双鳄"
                        "共腹”符号。"
                    ),
                    "en": (
                        "Canton enamel emerged in Qing-dynasty Guangzhou, where craftsmen painted and gilded "
                        "white Jingdezhen porcelain for export to Europe. Adinkra are symbols printed on "
                        "cloth by the Asante of Ghana, each with a set meaning. This work was made with "
                        "Accra designer Ama Mensah and uses the two crocodiles sharing one stomach, a symbol "
                        "of unity."
                    ),
                    "fr": (
                        "La porcelaine de Canton est née à Guangzhou sous les Qing : les artisans y "
                        "peignaient et doraient des pièces blanches de Jingdezhen destinées à l'Europe. Les "
                        "adinkra sont des symboles imprimés sur tissu par les Ashanti du Ghana, chacun "
                        "porteur d'un sens précis. L'œuvre a été réalisée avec la graphiste d'Accra Ama "
                        "Mensah et reprend les deux crocodiles partageant un même estomac, symbole d'unité."
                    ),
                    "sw": (
                        "Guangcai ilianzia Guangzhou wakati wa Enzi ya Qing, ambapo mafundi walipaka rangi "
                        "na dhahabu kwenye kauri nyeupe za Jingdezhen ili kuziuza Ulaya. Adinkra ni alama "
                        "zinazochapishwa kwenye vitambaa na Waashanti wa Ghana, na kila moja ina maana "
                        "maalum. Kazi hii ilifanywa pamoja na mbunifu wa michoro wa Accra, Ama Mensah, na "
                        "inatumia alama ya mamba wawili wenye tumbo moja, ishara ya umoja."
                    ),
                },
                "medium": "数字艺术",
                "materials": "数字绘画文件",
                "technique": "矢量绘图、数字合成",
                "dimensions_cm": [60, 60, 0],
                "weight_g": 0,
                "year": 2025,
                "edition": ["limited", 20],
                "stock": 9,
                "price": 150000,
                "currency": "CNY",
                "pattern": "mosaic",
                "palette": ["#b22234", "#d4a017", "#1b5e20", "#f5efe0", "#1a1a1a"],
            },
            {
                "category": "photography",
                "title": {
                    "zh": "早茶时间（小幅照片）",
                    "en": "Morning Dim Sum (Small Print)",
                    "fr": "L'heure du dim sum (petit tirage)",
                    "sw": "Wakati wa Chai ya Asubuhi (Picha Ndogo)",
                },
                "description": {
                    "zh": (
                        "20×25厘米的小幅照片：清晨的老茶楼里蒸笼冒着热气，一位坦桑尼亚商人一边和老板娘聊天，"
                        "一边等虾饺上桌。开放版次。"
                    ),
                    "en": (
                        "A small 20 × 25 cm print: in an old teahouse at dawn, steam rises from bamboo "
                        "baskets as a Tanzanian trader chats with the owner while waiting for his shrimp "
                        "dumplings. Open edition."
                    ),
                    "fr": (
                        "Petit tirage de 20 × 25 cm : dans une vieille maison de thé à l'aube, la vapeur "
                        "monte des paniers en bambou tandis qu'un commerçant tanzanien bavarde avec la "
                        "patronne en attendant ses raviolis aux crevettes. Tirage ouvert."
                    ),
                    "sw": (
                        "Picha ndogo ya sentimita 20 kwa 25: katika mgahawa wa zamani wa chai alfajiri, "
                        "mvuke unapanda kutoka kwenye vikapu vya mianzi huku mfanyabiashara kutoka Tanzania "
                        "akizungumza na mwenye mgahawa akisubiri vitafunwa vya kamba. Ni toleo lisilo na "
                        "kikomo."
                    ),
                },
                "story": {
                    "zh": (
                        "“饮早茶”是广州人最日常的社交，一盅两件就能坐上一个上午。作者说，在这座城市，"
                        "许多跨越文化的友谊都是从同一张茶桌开始的。"
                    ),
                    "en": (
                        "'Yum cha' is Guangzhou's most everyday social ritual: a pot of tea and two dishes "
                        "can fill a whole morning. The artist says that in this city many cross-cultural "
                        "friendships begin at the same tea table."
                    ),
                    "fr": (
                        "Le « yum cha » est le rituel social le plus quotidien de Canton : une théière et "
                        "deux plats suffisent à occuper toute une matinée. Selon l'artiste, bien des amitiés "
                        "entre cultures commencent ici autour d'une même table."
                    ),
                    "sw": (
                        "Kunywa chai ya asubuhi, au 'yum cha', ndiyo desturi ya kijamii ya kila siku mjini "
                        "Guangzhou: buli moja ya chai na vyakula viwili vinaweza kujaza asubuhi nzima. "
                        "Msanii anasema kwamba katika jiji hili, urafiki mwingi kati ya watu wa tamaduni "
                        "tofauti huanzia kwenye meza moja ya chai."
                    ),
                },
                "medium": "摄影",
                "materials": "收藏级相纸、颜料墨水",
                "technique": "数码摄影、喷墨输出",
                "dimensions_cm": [20, 25, 0],
                "weight_g": 30,
                "year": 2023,
                "edition": "open",
                "stock": 30,
                "price": 26000,
                "currency": "CNY",
                "pattern": "sunset",
                "palette": ["#f3d9a4", "#c8553d", "#6b4226", "#fbf3e4"],
            },
            {
                "category": "digital_art",
                "title": {
                    "zh": "黄昏的丹佛：拉各斯街景数字绘画",
                    "en": "Danfo at Dusk: A Lagos Street in Digital Paint",
                    "fr": "Danfo au crépuscule : une rue de Lagos en peinture numérique",
                    "sw": "Danfo Jioni: Mtaa wa Lagos kwa Uchoraji wa Kidijitali",
                },
                "description": {
                    "zh": (
                        "一幅数字绘画：黄色的丹佛小巴在黄昏车流中排成一线，售票员探出身子招呼乘客。独版作品，"
                        "附签名证书与原始分层文件。"
                    ),
                    "en": (
                        "A digital painting of yellow danfo minibuses lined up in evening traffic, a "
                        "conductor leaning out to call passengers. A one-of-one work, delivered with a "
                        "signed certificate and the original layered file."
                    ),
                    "fr": (
                        "Peinture numérique : des minibus danfo jaunes alignés dans la circulation du soir, "
                        "un receveur penché à la portière pour appeler les passagers. Pièce unique, livrée "
                        "avec certificat signé et fichier original en calques."
                    ),
                    "sw": (
                        "Mchoro wa kidijitali wa mabasi madogo ya danfo ya rangi ya njano yakiwa kwenye "
                        "msongamano wa magari jioni, huku kondakta akiinama nje kuita abiria. Ni kazi ya "
                        "pekee, hutolewa pamoja na cheti kilichosainiwa na faili asilia lenye tabaka."
                    ),
                },
                "story": {
                    "zh": (
                        "丹佛是拉各斯最常见的公共交通，黄底黑条的车身几乎成了这座城市的标志。作者2023年驻留拉"
                        "各斯时，每天坐丹佛往返工作室，这幅画就是从她在车上画的速写发展而来。"
                    ),
                    "en": (
                        "Danfo minibuses are the most common public transport in Lagos, and their yellow "
                        "bodies with black stripes have become a symbol of the city. During her 2023 "
                        "residency the artist rode a danfo to her studio every day; this painting grew from "
                        "sketches she made on board."
                    ),
                    "fr": (
                        "Les danfo sont le transport public le plus courant de Lagos, et leur carrosserie "
                        "jaune à bandes noires est devenue l'emblème de la ville. En résidence à Lagos en "
                        "2023, l'artiste prenait chaque jour un danfo pour rejoindre son atelier ; l'œuvre "
                        "est née des croquis faits à bord."
                    ),
                    "sw": (
                        "Danfo ndio usafiri wa umma unaotumika zaidi jijini Lagos, na rangi yake ya njano "
                        "yenye mistari myeusi imekuwa alama ya jiji. Alipokuwa Lagos mwaka 2023, msanii "
                        "alipanda danfo kila siku kwenda studio yake; mchoro huu ulitokana na michoro ya "
                        "haraka aliyoichora ndani ya basi."
                    ),
                },
                "medium": "数字绘画",
                "materials": "数字绘画文件",
                "technique": "数位板手绘",
                "dimensions_cm": [70, 50, 0],
                "weight_g": 0,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 680000,
                "currency": "CNY",
                "pattern": "sunset",
                "palette": ["#f4c430", "#e25822", "#3a2e5c", "#1b1b2f"],
            },
        ],
    },
    {
        "key": "zheng-weilin",
        "name": "郑伟林",
        "email": "zheng.weilin@demo.local",
        "country": "CN",
        "region": "福建莆田",
        "language": "zh",
        "disciplines": ["sculpture", "craft"],
        "bio": {
            "zh": (
                "郑伟林出身莆田木雕世家，擅长黄杨木与龙眼木圆雕。2018年起，他多次前往肯尼亚蒙巴萨，"
                "与当地坎巴族木雕艺人交流刀法，部分作品由双方合作完成。"
            ),
            "en": (
                "Zheng Weilin comes from a family of Putian woodcarvers and specialises in carving in the "
                "round in boxwood and longan wood. Since 2018 he has travelled several times to Mombasa, "
                "Kenya, to exchange carving methods with Akamba woodcarvers, and some of his works are made "
                "jointly with them."
            ),
            "fr": (
                "Issu d'une famille de sculpteurs sur bois de Putian, Zheng Weilin travaille la ronde-bosse "
                "en buis et en bois de longanier. Depuis 2018, il se rend régulièrement à Mombasa, au Kenya, "
                "pour échanger des techniques avec des sculpteurs akamba, avec qui il réalise certaines "
                "pièces."
            ),
            "sw": (
                "Zheng Weilin anatoka katika familia ya wachongaji wa mbao wa Putian, na ni hodari wa "
                "kuchonga sanamu kamili kwa mbao za boxwood na longan. Tangu mwaka 2018 amesafiri mara "
                "kadhaa hadi Mombasa, Kenya, kubadilishana mbinu za uchongaji na wachongaji wa Kikamba, na "
                "baadhi ya kazi zake zimechongwa kwa ushirikiano nao."
            ),
        },
        "works": [
            {
                "category": "sculpture",
                "title": {
                    "zh": "黄杨木雕水月观音",
                    "en": "Water-Moon Guanyin in Carved Boxwood",
                    "fr": "Guanyin de l'eau et de la lune, buis sculpté",
                    "sw": "Sanamu ya Guanyin wa Maji na Mwezi, Mbao ya Boxwood",
                },
                "description": {
                    "zh": (
                        "高32厘米的黄杨木圆雕，观音倚坐岩石之上，衣纹流畅，面容沉静。木色浅黄，"
                        "日久会渐转为琥珀色。"
                    ),
                    "en": (
                        "A 32 cm boxwood figure of Guanyin seated at ease on a rock, with flowing drapery "
                        "and a calm face. The pale yellow wood will deepen to amber over time."
                    ),
                    "fr": (
                        "Ronde-bosse en buis de 32 cm : Guanyin assise avec aisance sur un rocher, drapés "
                        "fluides et visage serein. Le bois jaune pâle prendra avec le temps une teinte "
                        "ambrée."
                    ),
                    "sw": (
                        "Sanamu ya mbao ya boxwood yenye urefu wa sentimita 32, inayomwonyesha Guanyin "
                        "ameketi kwa utulivu juu ya jabali, nguo zake zikitiririka na uso wake ukiwa "
                        "mtulivu. Rangi ya njano hafifu ya mbao hii itageuka kuwa ya kaharabu kadri muda "
                        "unavyopita."
                    ),
                },
                "story": {
                    "zh": (
                        "黄杨木生长极慢，有“千年难长黄杨木”之说，质地细密，最宜刻画面容与衣纹。“水月观音”表现"
                        "观音静观水中月影，自唐代起便是佛教艺术的经典造型。莆田木雕以精细圆雕见长，"
                        "至今仍靠家庭作坊传承。"
                    ),
                    "en": (
                        "Boxwood grows so slowly that a Chinese saying calls it the tree that 'takes a "
                        "thousand years to grow', and its dense grain suits fine faces and drapery. The "
                        "Water-Moon Guanyin, contemplating the moon's reflection in water, has been a "
                        "classic Buddhist image since the Tang dynasty. Putian is known for finely detailed "
                        "carving in the round, still passed down in family workshops."
                    ),
                    "fr": (
                        "Le buis pousse si lentement qu'un dicton chinois le dit « long de mille ans à "
                        "grandir » ; son grain serré se prête aux visages et aux drapés. La Guanyin de l'eau "
                        "et de la lune, contemplant le reflet de la lune dans l'eau, est un modèle classique "
                        "de l'art bouddhique depuis les Tang. Putian est réputée pour sa ronde-bosse "
                        "minutieuse, encore transmise dans des ateliers familiaux."
                    ),
                    "sw": (
                        "Mti wa boxwood hukua polepole sana hivi kwamba methali ya Kichina husema 'huchukua "
                        "miaka elfu kukua', na nyuzi zake zilizoshikamana zinafaa kuchonga nyuso na nguo kwa "
                        "undani. Guanyin wa Maji na Mwezi, anayetafakari taswira ya mwezi ndani ya maji, "
                        "amekuwa umbo maarufu la sanaa ya Kibudha tangu Enzi ya Tang. Putian inajulikana kwa "
                        "uchongaji wa sanamu wenye undani mkubwa, ambao bado unarithishwa katika karakana za "
                        "familia."
                    ),
                },
                "medium": "木雕",
                "materials": "黄杨木",
                "technique": "圆雕、手工打磨",
                "dimensions_cm": [12, 32, 10],
                "weight_g": 900,
                "year": 2022,
                "edition": "unique",
                "stock": 1,
                "price": 1980000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#d8b25c", "#a67c2e", "#5a3e1b", "#f3e6c4"],
            },
            {
                "category": "sculpture",
                "title": {
                    "zh": "仙鹤与长颈鹿——中肯合作木雕",
                    "en": "Crane and Giraffe: A China–Kenya Woodcarving",
                    "fr": "La grue et la girafe : une sculpture sino-kényane",
                    "sw": "Korongo na Twiga: Sanamu ya Mbao ya Ushirikiano wa China na Kenya",
                },
                "description": {
                    "zh": (
                        "高60厘米的双体木雕：仙鹤以龙眼木按莆田刀法雕成，长颈鹿由坎巴族雕刻师彼得·穆西奥卡以"
                        "芒果木雕刻，两颈相依，立于同一块龙眼木底座上。"
                    ),
                    "en": (
                        "A 60 cm double figure: the crane is carved from longan wood in the Putian manner, "
                        "the giraffe from mango wood by Akamba carver Peter Musyoka, their necks leaning "
                        "together on a single longan-wood base."
                    ),
                    "fr": (
                        "Double figure de 60 cm : la grue est taillée dans le longanier à la manière de "
                        "Putian, la girafe dans le bois de manguier par le sculpteur akamba Peter Musyoka ; "
                        "leurs cous s'appuient l'un contre l'autre sur un même socle en longanier."
                    ),
                    "sw": (
                        "Sanamu ya mbao yenye maumbo mawili, urefu wa sentimita 60: korongo amechongwa kwa "
                        "mbao za longan kwa mtindo wa Putian, na twiga amechongwa kwa mbao za mwembe na "
                        "mchongaji wa Kikamba Peter Musyoka; shingo zao zinaegemeana juu ya kitako kimoja "
                        "cha mbao za longan."
                    ),
                },
                "story": {
                    "zh": (
                        "肯尼亚坎巴族木雕在第一次世界大战后兴起，蒙巴萨和瓦姆努一带至今仍有大批以此为生的雕刻"
                        "师。明代永乐年间，马林迪使节随郑和船队把长颈鹿献到南京，时人称之为“麒麟”。"
                        "为完成这件作品，两位雕刻师轮流在对方的作坊里工作了两个月。"
                    ),
                    "en": (
                        "Akamba woodcarving took off after the First World War, and many carvers around "
                        "Mombasa and Wamunyu still make their living from it. In the Yongle reign of the "
                        "Ming dynasty, envoys from Malindi sailed with Zheng He's fleet and presented a "
                        "giraffe in Nanjing, where people took it for a qilin. For this piece the two "
                        "carvers took turns working in each other's workshops over two months."
                    ),
                    "fr": (
                        "La sculpture akamba s'est développée après la Première Guerre mondiale, et de "
                        "nombreux sculpteurs en vivent encore autour de Mombasa et de Wamunyu. Sous le règne "
                        "de Yongle, des envoyés de Malindi, voyageant avec la flotte de Zheng He, offrirent "
                        "une girafe à la cour de Nankin, où on la prit pour un qilin. Pour cette pièce, les "
                        "deux sculpteurs ont travaillé tour à tour dans l'atelier de l'autre pendant deux "
                        "mois."
                    ),
                    "sw": (
                        "Uchongaji wa Kikamba ulishamiri baada ya Vita vya Kwanza vya Dunia, na wachongaji "
                        "wengi karibu na Mombasa na Wamunyu bado wanaishi kwa kazi hii. Wakati wa utawala wa "
                        "Yongle wa Enzi ya Ming, wajumbe kutoka Malindi walisafiri na meli za Zheng He na "
                        "kutoa twiga kama zawadi huko Nanjing, ambako watu walimwona kuwa qilin, mnyama wa "
                        "hadithi. Kwa kazi hii, wachongaji hao wawili walipokezana kufanya kazi katika "
                        "karakana za kila mmoja kwa miezi miwili."
                    ),
                },
                "medium": "木雕",
                "materials": "龙眼木、芒果木",
                "technique": "圆雕、合雕",
                "dimensions_cm": [25, 60, 18],
                "weight_g": 2400,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 860000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#3b2416", "#8b5a2b", "#d9b38c", "#1a1a1a"],
            },
            {
                "category": "craft",
                "title": {
                    "zh": "龙眼木茶则·茶针套装",
                    "en": "Longan Wood Tea Scoop and Pick Set",
                    "fr": "Pelle et aiguille à thé en bois de longanier",
                    "sw": "Seti ya Kijiko na Sindano ya Chai ya Mbao ya Longan",
                },
                "description": {
                    "zh": (
                        "一套手工打磨的茶则与茶针，茶则长约18厘米，握感温润，表面只上核桃油。取茶、通壶嘴，"
                        "日常泡茶都用得上。"
                    ),
                    "en": (
                        "A hand-finished tea scoop and pick; the scoop is about 18 cm long, warm in the hand "
                        "and treated only with walnut oil. Useful every day for measuring leaves and "
                        "clearing the teapot spout."
                    ),
                    "fr": (
                        "Une pelle et une aiguille à thé finies à la main ; la pelle mesure environ 18 cm, "
                        "douce en main, simplement nourrie à l'huile de noix. Pour doser les feuilles et "
                        "déboucher le bec de la théière au quotidien."
                    ),
                    "sw": (
                        "Seti ya kijiko cha chai na sindano iliyokamilishwa kwa mkono; kijiko kina urefu wa "
                        "takriban sentimita 18, ni laini mkononi na kimepakwa mafuta ya jozi tu. Inafaa kila "
                        "siku kupima majani ya chai na kusafisha mdomo wa buli."
                    ),
                },
                "story": {
                    "zh": (
                        "龙眼是莆田最常见的果树，老树木料色深纹细，是当地木雕的传统用材。作坊用大件雕刻剩下的"
                        "边角料制作茶具，让好木料物尽其用。福建人日常喝乌龙与白茶，茶则是茶桌上最常用的小件。"
                    ),
                    "en": (
                        "Longan is the most common fruit tree in Putian, and the dark, fine-grained wood of "
                        "old trees is a traditional material for local carving. The workshop makes these "
                        "tools from offcuts of larger carvings so that good wood is not wasted. In Fujian, "
                        "where oolong and white tea are everyday drinks, the scoop is the most-used tool on "
                        "the tea table."
                    ),
                    "fr": (
                        "Le longanier est l'arbre fruitier le plus répandu à Putian ; le bois des vieux "
                        "arbres, sombre et au grain fin, est un matériau traditionnel de la sculpture "
                        "locale. L'atelier fabrique ces ustensiles à partir des chutes de grandes pièces, "
                        "pour que rien du bon bois ne se perde. Au Fujian, pays de l'oolong et du thé blanc, "
                        "la pelle à thé est l'outil le plus utilisé sur la table."
                    ),
                    "sw": (
                        "Longan ndio mti wa matunda unaopatikana zaidi Putian, na mbao za miti mizee, zenye "
                        "rangi nzito na nyuzi laini, ni malighafi ya jadi ya uchongaji wa huko. Karakana "
                        "hutengeneza vifaa hivi kutokana na mabaki ya kazi kubwa za uchongaji ili mbao nzuri "
                        "zisipotee. Huko Fujian, ambako chai ya oolong na chai nyeupe hunywewa kila siku, "
                        "kijiko cha chai ndicho kifaa kinachotumika zaidi mezani."
                    ),
                },
                "medium": "木作茶具",
                "materials": "龙眼木、核桃油",
                "technique": "手工削制、打磨、油饰",
                "dimensions_cm": [18, 2, 4],
                "weight_g": 60,
                "year": 2025,
                "edition": "open",
                "stock": 30,
                "price": 32000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#6b3e26", "#a0522d", "#e6ccb2"],
            },
            {
                "category": "craft",
                "title": {
                    "zh": "荔城春色·樟木透雕花窗",
                    "en": "Spring in the Lychee City: Pierced Camphor-Wood Window Panel",
                    "fr": "Printemps à la cité des litchis : panneau de fenêtre ajouré en camphrier",
                    "sw": (
                        "Majira ya Kuchipua katika Mji wa Lychee: Dirisha la Mbao Lililochongwa kwa Matundu"
                    ),
                },
                "description": {
                    "zh": (
                        "45×90厘米的樟木透雕窗板，刻荔枝枝叶与一对喜鹊，正反两面均可观赏。可作插屏摆放，"
                        "也可挂于墙面。"
                    ),
                    "en": (
                        "A 45 × 90 cm pierced camphor-wood window panel carved with lychee branches and a "
                        "pair of magpies, finished to be seen from both sides. It can stand as a table "
                        "screen or hang on a wall."
                    ),
                    "fr": (
                        "Panneau de fenêtre ajouré en camphrier de 45 × 90 cm, sculpté de branches de litchi "
                        "et d'un couple de pies, visible des deux côtés. À poser comme petit paravent ou à "
                        "accrocher au mur."
                    ),
                    "sw": (
                        "Dirisha la mbao ya mkafuri la sentimita 45 kwa 90, lililochongwa kwa matundu "
                        "likionyesha matawi ya lychee na jozi ya ndege aina ya magpie, na linaweza kutazamwa "
                        "pande zote mbili. Linafaa kusimamishwa mezani kama kizuizi kidogo au kutundikwa "
                        "ukutani."
                    ),
                },
                "story": {
                    "zh": (
                        "莆田古称“荔城”，种植荔枝已有一千多年，北宋时莆田人蔡襄写下了《荔枝谱》。"
                        "喜鹊寓意喜事临门，与谐音“利”的荔枝同刻，取吉利之意。莆田老宅的门窗多用樟木，"
                        "因其香气能防虫。"
                    ),
                    "en": (
                        "Putian has long been called the Lychee City, with more than a thousand years of "
                        "lychee growing; in the Northern Song, the local scholar Cai Xiang wrote his "
                        "Treatise on Lychees. The magpie announces happy news, and paired with the lychee, "
                        "whose name sounds like 'benefit', it wishes good fortune. Old Putian houses used "
                        "camphor wood for doors and windows, as its scent keeps insects away."
                    ),
                    "fr": (
                        "Putian, surnommée la « cité des litchis », cultive ce fruit depuis plus de mille "
                        "ans ; sous les Song du Nord, le lettré Cai Xiang, né dans la région, lui consacra "
                        "son Traité des litchis. La pie annonce les bonnes nouvelles et, associée au litchi "
                        "dont le nom évoque le « profit », elle forme un vœu de prospérité. Les vieilles "
                        "maisons de Putian utilisaient le camphrier pour les portes et fenêtres, son parfum "
                        "éloignant les insectes."
                    ),
                    "sw": (
                        "Putian imejulikana tangu zamani kama 'Mji wa Lychee', na tunda hilo limelimwa huko "
                        "kwa zaidi ya miaka elfu moja; wakati wa Enzi ya Song ya Kaskazini, msomi wa huko "
                        "Cai Xiang aliandika kitabu kuhusu lychee. Ndege magpie huashiria habari njema, na "
                        "akichongwa pamoja na lychee, ambalo jina lake kwa Kichina linasikika kama 'faida', "
                        "huwa ishara ya bahati njema. Nyumba za zamani za Putian zilitumia mbao za mkafuri "
                        "kwa milango na madirisha kwa sababu harufu yake hufukuza wadudu."
                    ),
                },
                "medium": "木雕",
                "materials": "樟木",
                "technique": "透雕、双面雕",
                "dimensions_cm": [45, 90, 4],
                "weight_g": 3200,
                "year": 2021,
                "edition": "unique",
                "stock": 1,
                "price": 720000,
                "currency": "CNY",
                "pattern": "mosaic",
                "palette": ["#7b3f00", "#c68642", "#8b1e2d", "#f0d9b5"],
            },
            {
                "category": "sculpture",
                "title": {
                    "zh": "湄洲妈祖像（木雕原型铜铸）",
                    "en": "Mazu of Meizhou (Bronze Cast from a Wood Carving)",
                    "fr": "Mazu de Meizhou (bronze coulé d'après une sculpture en bois)",
                    "sw": "Mazu wa Meizhou (Shaba Iliyoyeyushwa kutoka Sanamu ya Mbao)",
                },
                "description": {
                    "zh": (
                        "高24厘米的铜像，先以龙眼木雕出原型，再以失蜡法铸造，保留了木纹与刀痕。限量十二件，"
                        "底部刻有编号。"
                    ),
                    "en": (
                        "A 24 cm bronze, first carved as a longan-wood model and then cast by the lost-wax "
                        "method, keeping the wood grain and knife marks. Edition of twelve, numbered on the "
                        "base."
                    ),
                    "fr": (
                        "Bronze de 24 cm, d'abord sculpté en longanier puis coulé à la cire perdue, qui "
                        "garde le grain du bois et les traces de gouge. Tirage de douze exemplaires, "
                        "numérotés sous le socle."
                    ),
                    "sw": (
                        "Sanamu ya shaba yenye urefu wa sentimita 24; kwanza ilichongwa kwa mbao za longan, "
                        "kisha ikayeyushwa kwa mbinu ya nta inayopotea, ikihifadhi nyuzi za mbao na alama za "
                        "patasi. Ni toleo lenye idadi maalum la nakala kumi na mbili, zenye namba chini ya "
                        "kitako."
                    ),
                },
                "story": {
                    "zh": (
                        "妈祖本名林默，相传是北宋莆田湄洲岛的渔家女，后被沿海渔民奉为海上保护神。"
                        "随着福建人下南洋，妈祖信仰传遍东南亚各港口。作者的祖父曾为湄洲祖庙雕刻神像。"
                    ),
                    "en": (
                        "Mazu, born Lin Mo, is said to have been a fisherman's daughter from Meizhou Island "
                        "in Putian during the Northern Song, later revered by coastal fishing communities as "
                        "a protector at sea. As Fujianese emigrated to Southeast Asia, her worship spread to "
                        "ports across the region. The artist's grandfather once carved statues for the "
                        "ancestral temple on Meizhou."
                    ),
                    "fr": (
                        "Mazu, de son vrai nom Lin Mo, aurait été une fille de pêcheurs de l'île de Meizhou, "
                        "à Putian, sous les Song du Nord, avant d'être vénérée par les gens de mer comme "
                        "leur protectrice. Avec l'émigration des Fujianais vers l'Asie du Sud-Est, son culte "
                        "a gagné les ports de toute la région. Le grand-père de l'artiste a sculpté des "
                        "statues pour le temple ancestral de Meizhou."
                    ),
                    "sw": (
                        "Mazu, ambaye jina lake halisi lilikuwa Lin Mo, inasemekana alikuwa binti wa mvuvi "
                        "kutoka Kisiwa cha Meizhou, Putian, wakati wa Enzi ya Song ya Kaskazini, na baadaye "
                        "aliheshimiwa na wavuvi wa pwani kama mlinzi wa baharini. Watu wa Fujian walipohamia "
                        "Asia ya Kusini-Mashariki, imani yake ilienea katika bandari za eneo hilo. Babu wa "
                        "msanii aliwahi kuchonga sanamu kwa ajili ya hekalu kuu la Meizhou."
                    ),
                },
                "medium": "铜雕",
                "materials": "青铜、龙眼木原型",
                "technique": "木雕原型、失蜡铸造",
                "dimensions_cm": [10, 24, 8],
                "weight_g": 2100,
                "year": 2020,
                "edition": ["limited", 12],
                "stock": 5,
                "price": 580000,
                "currency": "CNY",
                "pattern": "waves",
                "palette": ["#8c6239", "#b08d57", "#2e4053", "#d4af37"],
            },
        ],
    },
    {
        "key": "ren-xiufang",
        "name": "任秀芳",
        "email": "ren.xiufang@demo.local",
        "country": "CN",
        "region": "陕西宝鸡凤翔",
        "language": "zh",
        "disciplines": ["print", "craft", "sculpture"],
        "bio": {
            "zh": (
                "任秀芳来自宝鸡凤翔，自幼跟随外公学习木版年画与彩绘泥塑。她沿用老版的线稿和传统颜料，"
                "也刻一些表现今天乡村生活的新版。"
            ),
            "en": (
                "Ren Xiufang is from Fengxiang in Baoji and learned woodblock New Year prints and painted "
                "clay figures from her grandfather as a child. She keeps the line work and traditional "
                "pigments of the old blocks, while cutting new ones about village life today."
            ),
            "fr": (
                "Originaire de Fengxiang, près de Baoji, Ren Xiufang a appris enfant l'estampe du Nouvel An "
                "et l'argile peinte auprès de son grand-père. Elle conserve le trait et les pigments "
                "traditionnels des anciennes planches, tout en gravant de nouvelles images de la vie rurale "
                "d'aujourd'hui."
            ),
            "sw": (
                "Ren Xiufang anatoka Fengxiang, Baoji, na alijifunza chapa za mbao za Mwaka Mpya na vinyago "
                "vya udongo vilivyopakwa rangi kutoka kwa babu yake akiwa mtoto. Anadumisha mistari na rangi "
                "za jadi za mbao za zamani, huku akichonga mbao mpya zinazoonyesha maisha ya vijijini ya leo."
            ),
        },
        "works": [
            {
                "category": "print",
                "title": {
                    "zh": "凤翔木版年画·秦琼敬德门神（一对）",
                    "en": "Fengxiang Woodblock Door Gods Qin Qiong and Yuchi Gong (Pair)",
                    "fr": "Estampe de Fengxiang : les dieux des portes Qin Qiong et Yuchi Gong (paire)",
                    "sw": "Chapa ya Mbao ya Fengxiang: Walinzi wa Mlango Qin Qiong na Yuchi Gong (Jozi)",
                },
                "description": {
                    "zh": (
                        "一对35×55厘米的门神年画，以清代老版墨线套印红、黄、绿三色，人物面部手工开脸。"
                        "可贴于大门，也可装框收藏。"
                    ),
                    "en": (
                        "A pair of 35 × 55 cm door-god prints: the black line from a Qing-dynasty block, "
                        "overprinted in red, yellow and green, with the faces finished by hand. Paste them "
                        "on a door or frame them."
                    ),
                    "fr": (
                        "Une paire d'estampes de 35 × 55 cm : le trait noir d'une planche d'époque Qing, "
                        "rehaussé de rouge, de jaune et de vert, et les visages finis au pinceau. À coller "
                        "sur une porte ou à encadrer."
                    ),
                    "sw": (
                        "Jozi ya chapa za walinzi wa mlango za sentimita 35 kwa 55, ambazo mistari myeusi "
                        "imechapishwa kutoka ubao wa Enzi ya Qing, kisha rangi nyekundu, njano na kijani "
                        "zikaongezwa juu yake, na nyuso zimekamilishwa kwa mkono. Zinaweza kubandikwa "
                        "mlangoni au kuwekwa kwenye fremu."
                    ),
                },
                "story": {
                    "zh": (
                        "秦琼与尉迟恭是唐太宗的两员大将，相传二人为皇帝守门后，宫中便不再闹噩梦，"
                        "民间于是把他们的画像贴在门上。凤翔年画始于唐宋、盛于明清，是西北最重要的年画产地。"
                        "限量五十对，每对钤有作坊印章。"
                    ),
                    "en": (
                        "Qin Qiong and Yuchi Gong were generals of Emperor Taizong of Tang; legend says that "
                        "once they stood guard at his door his nightmares ceased, so people began pasting "
                        "their images on their own doors. Fengxiang prints date back to the Tang and Song "
                        "and flourished under the Ming and Qing, making the town the leading centre of New "
                        "Year prints in north-west China. Limited to fifty pairs, each stamped with the "
                        "workshop seal."
                    ),
                    "fr": (
                        "Qin Qiong et Yuchi Gong étaient deux généraux de l'empereur Taizong des Tang ; "
                        "selon la légende, une fois postés à sa porte, ses cauchemars cessèrent, et l'on se "
                        "mit à coller leur portrait sur les portes. Apparues sous les Tang et les Song, les "
                        "estampes de Fengxiang ont prospéré sous les Ming et les Qing, faisant de la ville "
                        "le grand centre du nord-ouest. Tirage limité à cinquante paires, chacune portant le "
                        "sceau de l'atelier."
                    ),
                    "sw": (
                        "Qin Qiong na Yuchi Gong walikuwa majemadari wa Mfalme Taizong wa Enzi ya Tang; "
                        "hadithi inasema kwamba walipoanza kulinda mlango wake, ndoto zake mbaya zilikoma, "
                        "na hivyo watu wakaanza kubandika picha zao milangoni. Chapa za Fengxiang zilianza "
                        "wakati wa Enzi za Tang na Song na kustawi wakati wa Ming na Qing, na kuufanya mji "
                        "huu kuwa kituo kikuu cha chapa hizi kaskazini-magharibi mwa China. Ni toleo lenye "
                        "idadi maalum la jozi hamsini, kila moja ikiwa na muhuri wa karakana."
                    ),
                },
                "medium": "木版年画",
                "materials": "梨木老版、手工宣纸、植物与矿物颜料",
                "technique": "墨线套色、手工开脸",
                "dimensions_cm": [35, 55, 1],
                "weight_g": 80,
                "year": 2024,
                "edition": ["limited", 50],
                "stock": 22,
                "price": 68000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#c0392b", "#f1c40f", "#27ae60", "#1a1a1a", "#f5e6c8"],
            },
            {
                "category": "craft",
                "title": {
                    "zh": "凤翔彩绘泥塑挂虎",
                    "en": "Fengxiang Painted Clay Tiger Mask",
                    "fr": "Masque de tigre en argile peinte de Fengxiang",
                    "sw": "Kinyago cha Simbamarara cha Udongo cha Fengxiang",
                },
                "description": {
                    "zh": (
                        "22×24厘米的挂虎，模制成型后在白底上彩绘，大眼阔口，额头一个“王”字。背面留有挂孔，"
                        "可挂于门楣或墙上。"
                    ),
                    "en": (
                        "A 22 × 24 cm hanging tiger mask, press-moulded and painted over a white ground, "
                        "with wide eyes, a broad mouth and the character 王 ('king') on its brow. A hole at "
                        "the back lets it hang above a door or on a wall."
                    ),
                    "fr": (
                        "Masque de tigre de 22 × 24 cm, moulé puis peint sur fond blanc : grands yeux, large "
                        "gueule et le caractère 王 (« roi ») sur le front. Un trou au dos permet de "
                        "l'accrocher au-dessus d'une porte ou au mur."
                    ),
                    "sw": (
                        "Kinyago cha simbamarara cha sentimita 22 kwa 24, kilichoundwa kwa kalibu na kupakwa "
                        "rangi juu ya msingi mweupe, chenye macho makubwa, mdomo mpana na herufi ya Kichina "
                        "王 ('mfalme') kwenye paji la uso. Kina tundu nyuma ili kitundikwe juu ya mlango au "
                        "ukutani."
                    ),
                },
                "story": {
                    "zh": (
                        "凤翔六营村的泥塑相传始于明代，当时驻扎在此的兵士多是江西来的陶工，闲时便用当地黏土捏"
                        "塑。挂虎常在孩子满月或新屋落成时相赠，寓意辟邪护宅。2006年，凤翔泥塑被列入第一批国家"
                        "级非物质文化遗产名录。"
                    ),
                    "en": (
                        "Clay figures from Liuying village in Fengxiang are said to date from the Ming "
                        "dynasty, when the soldiers garrisoned there, many of them potters from Jiangxi, "
                        "modelled the local clay in their spare time. Tiger masks are given when a baby "
                        "turns one month old or a new house is finished, to ward off harm and protect the "
                        "home. In 2006 Fengxiang clay sculpture was inscribed on China's first national list "
                        "of intangible cultural heritage."
                    ),
                    "fr": (
                        "Les figurines du village de Liuying, à Fengxiang, remonteraient aux Ming, lorsque "
                        "des soldats en garnison, pour beaucoup potiers venus du Jiangxi, modelaient "
                        "l'argile locale à leurs heures perdues. Le masque de tigre s'offre pour le premier "
                        "mois d'un bébé ou l'achèvement d'une maison, afin d'éloigner le malheur. En 2006, "
                        "l'argile peinte de Fengxiang a été inscrite sur la première liste nationale du "
                        "patrimoine culturel immatériel."
                    ),
                    "sw": (
                        "Vinyago vya udongo vya kijiji cha Liuying, Fengxiang, inasemekana vilianza wakati "
                        "wa Enzi ya Ming, askari waliowekwa huko, wengi wao wafinyanzi kutoka Jiangxi, "
                        "walipofinyanga udongo wa eneo hilo wakati wa mapumziko. Vinyago vya simbamarara "
                        "hutolewa kama zawadi mtoto anapotimiza mwezi mmoja au nyumba mpya inapokamilika, "
                        "ili kuzuia mabaya na kulinda nyumba. Mwaka 2006, vinyago vya udongo vya Fengxiang "
                        "viliingizwa katika orodha ya kwanza ya kitaifa ya urithi wa utamaduni usioshikika."
                    ),
                },
                "medium": "彩绘泥塑",
                "materials": "黏土、纸筋、矿物颜料",
                "technique": "模制、手工彩绘",
                "dimensions_cm": [22, 24, 8],
                "weight_g": 650,
                "year": 2025,
                "edition": "open",
                "stock": 25,
                "price": 46000,
                "currency": "CNY",
                "pattern": "mosaic",
                "palette": ["#f5f0e1", "#d62828", "#f77f00", "#2a9d8f", "#111111"],
            },
            {
                "category": "sculpture",
                "title": {
                    "zh": "彩绘泥塑·春耕卧牛",
                    "en": "Resting Ox after Spring Ploughing, Painted Clay",
                    "fr": "Bœuf couché après les labours de printemps, argile peinte",
                    "sw": "Ng'ombe Anayepumzika baada ya Kulima, Udongo Uliopakwa Rangi",
                },
                "description": {
                    "zh": (
                        "长38厘米的手捏彩绘卧牛，身上绘满牡丹与石榴纹，憨态可掬。作者未用模具，徒手捏塑成型，"
                        "为独件作品。"
                    ),
                    "en": (
                        "A 38 cm hand-modelled ox lying at rest, painted all over with peonies and "
                        "pomegranates, sturdy and good-natured. Modelled freehand without a mould, it is a "
                        "one-off piece."
                    ),
                    "fr": (
                        "Bœuf couché de 38 cm modelé à la main et peint de pivoines et de grenades, massif "
                        "et débonnaire. Façonné sans moule, c'est une pièce unique."
                    ),
                    "sw": (
                        "Ng'ombe aliyelala wa urefu wa sentimita 38, aliyefinyangwa kwa mkono na kupambwa "
                        "kwa maua ya peoni na makomamanga; ana sura ya upole na uimara. Amefinyangwa bila "
                        "kalibu, kwa hiyo ni kazi ya pekee."
                    ),
                },
                "story": {
                    "zh": (
                        "关中平原是中国最早的农耕区之一，牛在这里既是劳力，也像家里的一员。牡丹寓意富贵，"
                        "石榴多籽寓意子孙兴旺，是凤翔泥塑常见的吉祥组合。"
                    ),
                    "en": (
                        "The Guanzhong Plain is one of China's oldest farming regions, and here the ox is "
                        "both a source of labour and almost one of the family. Peonies stand for prosperity "
                        "and many-seeded pomegranates for a large family, a common auspicious pairing in "
                        "Fengxiang clay."
                    ),
                    "fr": (
                        "La plaine du Guanzhong est l'une des plus anciennes régions agricoles de Chine ; le "
                        "bœuf y est à la fois force de travail et presque membre de la famille. La pivoine "
                        "évoque la prospérité et la grenade aux mille graines une descendance nombreuse, un "
                        "duo porte-bonheur fréquent dans l'argile de Fengxiang."
                    ),
                    "sw": (
                        "Uwanda wa Guanzhong ni mojawapo ya maeneo ya zamani zaidi ya kilimo nchini China, "
                        "na huko ng'ombe ni nguvu kazi na pia ni kama mwanafamilia. Maua ya peoni huashiria "
                        "utajiri, na komamanga lenye mbegu nyingi huashiria uzao mkubwa; ni mchanganyiko wa "
                        "bahati njema unaoonekana mara nyingi katika vinyago vya Fengxiang."
                    ),
                },
                "medium": "彩绘泥塑",
                "materials": "黏土、纸筋、矿物颜料",
                "technique": "手捏成型、手工彩绘",
                "dimensions_cm": [38, 26, 20],
                "weight_g": 3200,
                "year": 2025,
                "edition": "unique",
                "stock": 1,
                "price": 280000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#fbf6e9", "#1d3557", "#e63946", "#f4a261"],
            },
            {
                "category": "print",
                "title": {
                    "zh": "新年画·快递进村",
                    "en": "New Year Print: The Parcel Tricycle Comes to the Village",
                    "fr": "Estampe du Nouvel An : le triporteur de livraison arrive au village",
                    "sw": "Chapa ya Mwaka Mpya: Baiskeli ya Vifurushi Yafika Kijijini",
                },
                "description": {
                    "zh": (
                        "30×40厘米的新刻年画，沿用传统“五谷丰登”的构图，画面中央换成了快递三轮车和出门迎接的"
                        "祖孙俩。开放版次，适合作新年礼物。"
                    ),
                    "en": (
                        "A newly cut 30 × 40 cm New Year print that keeps the layout of the traditional "
                        "'Bumper Harvest' design but puts a delivery tricycle, and a grandmother and "
                        "grandchild coming out to meet it, at the centre. Open edition, a good New Year gift."
                    ),
                    "fr": (
                        "Estampe nouvellement gravée de 30 × 40 cm, qui reprend la composition "
                        "traditionnelle de la « Récolte abondante » mais place au centre un triporteur de "
                        "livraison et une grand-mère venue l'accueillir avec son petit-enfant. Tirage "
                        "ouvert, idéal comme cadeau de Nouvel An."
                    ),
                    "sw": (
                        "Chapa mpya ya Mwaka Mpya ya sentimita 30 kwa 40, inayofuata mpangilio wa mchoro wa "
                        "jadi wa 'Mavuno Tele', lakini katikati kuna baiskeli ya magurudumu matatu ya "
                        "kusafirisha vifurushi, na bibi pamoja na mjukuu wake wakitoka kuipokea. Ni toleo "
                        "lisilo na kikomo, zawadi nzuri ya Mwaka Mpya."
                    ),
                },
                "story": {
                    "zh": (
                        "年画过去在腊月的集市上售卖，画的多是农人对丰收与团圆的期盼。作者发现，"
                        "如今村里最热闹的时刻，是快递车进村的那一刻，于是把它刻进了年画。"
                    ),
                    "en": (
                        "New Year prints were once sold at markets in the last lunar month, mostly showing "
                        "farmers' hopes for a good harvest and a family reunion. The artist noticed that the "
                        "liveliest moment in today's village is when the delivery tricycle arrives, so she "
                        "cut it into a print."
                    ),
                    "fr": (
                        "Autrefois vendues aux marchés du dernier mois lunaire, les estampes du Nouvel An "
                        "exprimaient surtout l'espoir des paysans d'une bonne récolte et de retrouvailles "
                        "familiales. L'artiste a remarqué qu'aujourd'hui, le moment le plus animé du village "
                        "est l'arrivée du livreur : elle l'a donc gravé."
                    ),
                    "sw": (
                        "Zamani chapa za Mwaka Mpya ziliuzwa katika masoko ya mwezi wa mwisho wa kalenda ya "
                        "mwezi, na nyingi zilionyesha matumaini ya wakulima ya kupata mavuno mazuri na "
                        "kukutana kwa familia. Msanii aligundua kwamba leo wakati wenye shamrashamra zaidi "
                        "kijijini ni pale msafirishaji wa vifurushi anapofika, hivyo akauchonga katika chapa."
                    ),
                },
                "medium": "木版年画",
                "materials": "梨木版、宣纸、水性颜料",
                "technique": "木版套印",
                "dimensions_cm": [30, 40, 1],
                "weight_g": 40,
                "year": 2026,
                "edition": "open",
                "stock": 40,
                "price": 22000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#e63946", "#ffb703", "#219ebc", "#023047", "#fefae0"],
            },
            {
                "category": "craft",
                "title": {
                    "zh": "梨木年画线版《连年有余》",
                    "en": "Pearwood Line Block: Abundance Year after Year",
                    "fr": "Planche de trait en poirier : Abondance année après année",
                    "sw": "Ubao wa Kuchapishia Mistari: Neema Mwaka hadi Mwaka",
                },
                "description": {
                    "zh": (
                        "28×38厘米的梨木线版，刻胖娃娃怀抱鲤鱼与莲花，是作者2016年亲手刻成、已印过数百张的工"
                        "作版。版面留有墨痕，可作陈设，也可继续拓印。"
                    ),
                    "en": (
                        "A 28 × 38 cm pearwood line block carved with a chubby child holding a carp and a "
                        "lotus, cut by the artist in 2016 and used to print several hundred sheets. Ink "
                        "still stains its surface; display it or keep printing from it."
                    ),
                    "fr": (
                        "Planche de trait en poirier de 28 × 38 cm, gravée d'un enfant joufflu tenant une "
                        "carpe et un lotus ; taillée par l'artiste en 2016, elle a servi à imprimer "
                        "plusieurs centaines de feuilles. Encore marquée d'encre, elle peut être exposée ou "
                        "réutilisée."
                    ),
                    "sw": (
                        "Ubao wa mbao wa sentimita 28 kwa 38 uliochongwa mtoto mnene akiwa amekumbatia "
                        "samaki aina ya carp na ua la yungiyungi; msanii aliuchonga mwaka 2016 na umetumika "
                        "kuchapisha mamia ya karatasi. Bado una alama za wino; unaweza kuonyeshwa au "
                        "kuendelea kutumika kuchapisha."
                    ),
                },
                "story": {
                    "zh": (
                        "“莲”谐音“连”，“鱼”谐音“余”，“连年有余”是最受欢迎的年画题材之一，祝愿家家年年富足。"
                        "梨木纹理均匀、耐磨，一块好版能用几十年。线版是整套年画的骨架，每一种颜色都要对准它的"
                        "墨线套印。"
                    ),
                    "en": (
                        "In Chinese, 'lotus' sounds like 'continuous' and 'fish' like 'surplus', so "
                        "'Abundance Year after Year' is one of the best-loved New Year themes, wishing every "
                        "household plenty. Pearwood is even-grained and hard-wearing, and a good block can "
                        "last for decades. The line block is the backbone of a print set: every colour is "
                        "registered to its black outline."
                    ),
                    "fr": (
                        "En chinois, « lotus » se prononce comme « continu » et « poisson » comme « surplus "
                        "» : « Abondance année après année » est l'un des thèmes favoris, souhaitant "
                        "l'aisance à chaque foyer. Le poirier, au grain régulier et résistant, permet à une "
                        "bonne planche de servir des décennies. La planche de trait est l'ossature de "
                        "l'estampe : chaque couleur est repérée sur son contour noir."
                    ),
                    "sw": (
                        "Kwa Kichina, neno 'yungiyungi' linasikika kama 'mfululizo' na 'samaki' kama "
                        "'ziada', kwa hiyo 'Neema Mwaka hadi Mwaka' ni mojawapo ya maudhui yanayopendwa "
                        "zaidi ya Mwaka Mpya, likiitakia kila familia wingi. Mbao hii ina nyuzi sawa na ni "
                        "imara, na ubao mzuri unaweza kutumika kwa miongo kadhaa. Ubao wa mistari ndio uti "
                        "wa mgongo wa chapa: kila rangi hupangwa juu ya mistari yake myeusi."
                    ),
                },
                "medium": "木刻雕版",
                "materials": "梨木",
                "technique": "手工雕版",
                "dimensions_cm": [28, 38, 3],
                "weight_g": 1500,
                "year": 2016,
                "edition": "unique",
                "stock": 1,
                "price": 360000,
                "currency": "CNY",
                "pattern": "geometric",
                "palette": ["#8b5e34", "#1a1a1a", "#d4a373", "#efe3c8"],
            },
        ],
    },
]
