"""Demo African artists and their works: texts in four languages, prices in minor currency units."""

ARTISTS = [
    {
        "key": "njeri-kamau",
        "name": "Njeri Kamau",
        "email": "njeri.kamau@demo.local",
        "country": "KE",
        "region": "Nairobi",
        "language": "sw",
        "disciplines": ["textile", "print", "digital_art"],
        "bio": {
            "sw": "Njeri Kamau ni msanii wa Nairobi anayefanya kazi na vitambaa, chapa za linoleamu na "
            "sanaa ya kidijitali. Alijifunza uchapishaji wa vitambaa kwa mkono katika karakana moja mjini "
            "Mombasa, na sasa anaunganisha methali za Kiswahili na mdundo wa mji wa kisasa. Kazi zake "
            "zinafuatilia masoko, matatu na wanawake wanaoshikilia jamii zao.",
            "en": "Njeri Kamau is a Nairobi artist working across textiles, linocut prints and digital "
            "art. She learned hand printing on cloth in a Mombasa workshop and now pairs Swahili proverbs "
            "with the rhythm of the modern city. Her work follows markets, matatus and the women who hold "
            "communities together.",
            "fr": "Njeri Kamau est une artiste de Nairobi qui travaille le textile, la linogravure et "
            "l'art numérique. Formée à l'impression à la main dans un atelier de Mombasa, elle associe les "
            "proverbes swahilis au rythme de la ville d'aujourd'hui. Son travail suit les marchés, les "
            "matatus et les femmes qui font vivre leurs quartiers.",
            "zh": "恩杰里·卡毛是一位常驻内罗毕的艺术家，创作涵盖纺织、麻胶版画与数字艺术。她曾在蒙巴萨的一"
            "间工坊学习手工印布，如今将斯瓦希里谚语与当代城市的节奏融为一体。她的作品关注市集、马塔图小巴，"
            "以及撑起社区的女性。",
        },
        "works": [
            {
                "category": "textile",
                "title": {
                    "sw": "Haba na Haba",
                    "en": "Little by Little",
                    "fr": "Petit à petit",
                    "zh": "积少成多",
                },
                "description": {
                    "sw": "Kanga ya pamba iliyochapishwa kwa mkono kwa rangi tatu, yenye pindo pana na "
                    "methali katikati. Inaweza kuvaliwa au kutundikwa ukutani; kitambaa ni chepesi na "
                    "laini.",
                    "en": "A hand-printed cotton kanga in three colours, with a wide border and a proverb "
                    "at its centre. It can be worn or hung on a wall; the cloth is light and soft.",
                    "fr": "Un kanga en coton imprimé à la main en trois couleurs, avec une large bordure "
                    "et un proverbe en son centre. Il se porte ou s'accroche au mur ; le tissu est léger "
                    "et doux.",
                    "zh": "手工三色印制的纯棉康加布，宽边框中央印有一句谚语。可披可挂，布料轻盈柔软。",
                },
                "story": {
                    "sw": "Kanga huwa na sehemu tatu: pindo, mji na jina, yaani ujumbe ulioandikwa. "
                    "Methali 'Haba na haba hujaza kibaba' husemwa kuhusu wanawake wanaoweka akiba kidogo "
                    "kidogo katika vikundi vya chama. Njeri aliichagua kwa heshima ya mama yake, aliyekuwa "
                    "mweka hazina wa chama chao kwa miaka ishirini.",
                    "en": "A kanga has three parts: the border, the central field and the jina, the "
                    "printed message. The proverb 'Haba na haba hujaza kibaba', little by little fills the "
                    "measure, is often said of women who save together in chama groups. Njeri chose it to "
                    "honour her mother, treasurer of her chama for twenty years.",
                    "fr": "Un kanga se compose de trois parties : la bordure, le champ central et le jina, "
                    "le message imprimé. Le proverbe « Haba na haba hujaza kibaba », petit à petit la "
                    "mesure se remplit, se dit des femmes qui épargnent ensemble au sein des groupes "
                    "chama. Njeri l'a choisi en hommage à sa mère, trésorière de son chama pendant vingt "
                    "ans.",
                    "zh": "康加布由三部分构成：边框、中央图案，以及被称为“jina”的印字寄语。谚语“Haba na "
                    "haba hujaza kibaba”意为“积少成多”，常用来形容在互助储蓄会（chama）中一点点攒钱的女性。"
                    "恩杰里选用这句话，以致敬担任储蓄会司库二十年的母亲。",
                },
                "medium": "Uchapishaji kwa skrini kwenye pamba",
                "materials": "Pamba, rangi za kitambaa za maji",
                "technique": "Uchapishaji kwa skrini kwa mkono",
                "dimensions_cm": [110, 160, 0],
                "weight_g": 220,
                "year": 2024,
                "edition": ["limited", 20],
                "stock": 8,
                "price": 650000,
                "currency": "KES",
                "pattern": "batik",
                "palette": ["#7a1f2b", "#f2b134", "#1d3557", "#f6efe1"],
            },
            {
                "category": "textile",
                "title": {
                    "sw": "Kikoi cha Malindi",
                    "en": "Malindi Kikoi",
                    "fr": "Kikoi de Malindi",
                    "zh": "马林迪基科伊布",
                },
                "description": {
                    "sw": "Kikoi kilichofumwa kwa mkono kwa uzi wa pamba, chenye mistari ya rangi za "
                    "bahari na ncha zenye matamvua yaliyosokotwa. Ni kizito kiasi, kinafaa kuvaliwa "
                    "kiunoni au kutandikwa kitandani.",
                    "en": "A hand-woven cotton kikoi with sea-coloured stripes and twisted fringes. Medium "
                    "weight, it works as a wrap or a throw.",
                    "fr": "Un kikoi en coton tissé à la main, rayé aux couleurs de la mer et bordé de "
                    "franges torsadées. D'un poids moyen, il se porte en paréo ou se pose en plaid.",
                    "zh": "手工织造的纯棉基科伊布，饰以海色条纹和拧绞流苏。厚薄适中，可作围裹，也可作搭毯。",
                },
                "story": {
                    "sw": "Kikoi kimevaliwa kwa karne nyingi na wanaume wa pwani ya Afrika Mashariki, "
                    "kutoka Lamu hadi Tanga. Kazi hii ilifumwa pamoja na kikundi cha wafumaji wa Malindi "
                    "ambao bado wanatumia vifaa vya zamani vya kufumia vya mbao. Mistari yake inafuata "
                    "rangi za maji wakati wa kupwa na kujaa.",
                    "en": "The kikoi has been worn for centuries by men along the East African coast, from "
                    "Lamu to Tanga. This piece was woven with a group of Malindi weavers who still use old "
                    "wooden looms. Its stripes follow the colours of the water at low and high tide.",
                    "fr": "Le kikoi est porté depuis des siècles par les hommes de la côte est-africaine, "
                    "de Lamu à Tanga. Cette pièce a été tissée avec un groupe de tisserands de Malindi qui "
                    "utilisent encore d'anciens métiers en bois. Ses rayures suivent les couleurs de l'eau "
                    "à marée basse et à marée haute.",
                    "zh": "几个世纪以来，从拉穆到坦噶，东非沿海的男性一直穿着基科伊布。这件作品与马林迪一群"
                    "仍使用老式木织机的织工合作完成，条纹取自潮起潮落间海水的颜色。",
                },
                "medium": "Ufumaji wa mkono",
                "materials": "Uzi wa pamba, rangi za kitambaa",
                "technique": "Ufumaji kwa kifaa cha mbao cha kufumia",
                "dimensions_cm": [95, 180, 1],
                "weight_g": 450,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 980000,
                "currency": "KES",
                "pattern": "kente",
                "palette": ["#0e6e7a", "#e9d8a6", "#1b3a4b", "#c44536"],
            },
            {
                "category": "print",
                "title": {
                    "sw": "Matatu ya Usiku",
                    "en": "Night Matatu",
                    "fr": "Matatu de nuit",
                    "zh": "夜行马塔图",
                },
                "description": {
                    "sw": "Chapa ya linoleamu ya rangi mbili kwenye karatasi ya Kijapani, inayoonyesha "
                    "matatu iliyopambwa ikipita katikati ya mvua. Kila nakala imesainiwa na kupewa namba.",
                    "en": "A two-colour linocut on Japanese paper showing a decorated matatu driving "
                    "through the rain. Each print is signed and numbered.",
                    "fr": "Une linogravure en deux couleurs sur papier japonais, montrant un matatu décoré "
                    "roulant sous la pluie. Chaque tirage est signé et numéroté.",
                    "zh": "双色麻胶版画，印于日本和纸之上，描绘一辆彩绘马塔图在雨中驶过。每张均有签名和编号"
                    "。",
                },
                "story": {
                    "sw": "Matatu za Nairobi ni maonyesho ya sanaa yanayotembea: wasanii wa grafiti "
                    "huzipamba kwa picha za wanamuziki, wanasoka na lugha ya mtaani. Njeri alichora kazi "
                    "hii baada ya safari ya usiku kwenda Eastlands, muziki ukiwa juu na taa za rangi "
                    "zikimeta. Ni heshima kwa wachoraji wa magari ambao majina yao hayatajwi mara nyingi.",
                    "en": "Nairobi's matatus are galleries on wheels: graffiti artists cover them with "
                    "musicians, footballers and street slang. Njeri drew this piece after a night ride to "
                    "Eastlands, music loud and coloured lights flickering. It pays tribute to the vehicle "
                    "painters whose names are rarely credited.",
                    "fr": "Les matatus de Nairobi sont des galeries roulantes : des graffeurs les couvrent "
                    "de musiciens, de footballeurs et d'argot de la rue. Njeri a dessiné cette pièce après "
                    "un trajet de nuit vers Eastlands, musique à fond et lumières colorées clignotantes. "
                    "C'est un hommage aux peintres de véhicules, dont les noms sont rarement cités.",
                    "zh": "内罗毕的马塔图小巴是流动的画廊：涂鸦艺术家在车身上绘满音乐人、足球明星和街头俚语"
                    "。恩杰里在一次夜间乘车前往东区（Eastlands）后创作了这件作品，车内音乐震耳，彩灯闪烁。"
                    "作品向那些鲜少被署名的车身画师致敬。",
                },
                "medium": "Chapa ya linoleamu",
                "materials": "Karatasi ya Kijapani, wino wa mafuta",
                "technique": "Uchapishaji wa linoleamu kwa mkono",
                "dimensions_cm": [42, 30, 0],
                "weight_g": 40,
                "year": 2022,
                "edition": ["limited", 25],
                "stock": 11,
                "price": 750000,
                "currency": "KES",
                "pattern": "geometric",
                "palette": ["#111827", "#f59e0b", "#10b981", "#ef4444"],
            },
            {
                "category": "print",
                "title": {
                    "sw": "Wamama wa Kiondo",
                    "en": "The Kiondo Weavers",
                    "fr": "Les tresseuses de kiondo",
                    "zh": "编织基翁多包的母亲们",
                },
                "description": {
                    "sw": "Chapa ya linoleamu ya rangi tatu inayoonyesha wanawake watatu wakisuka viondo "
                    "chini ya mti. Imechapishwa kwenye karatasi nzito ya pamba, tayari kuwekwa kwenye "
                    "fremu.",
                    "en": "A three-colour linocut of three women weaving kiondo baskets under a tree. "
                    "Printed on heavy cotton paper, ready to frame.",
                    "fr": "Une linogravure en trois couleurs représentant trois femmes tressant des "
                    "paniers kiondo sous un arbre. Imprimée sur un papier coton épais, prête à encadrer.",
                    "zh": "三色麻胶版画，描绘三位妇女在树下编织基翁多篮包。印于厚棉纸上，可直接装裱。",
                },
                "story": {
                    "sw": "Kiondo ni kikapu cha mkonge kinachosukwa na wanawake wa Kikuyu na Kamba, mara "
                    "nyingi wakiwa pamoja vikundini wakati wa mchana. Mifumo yake hurithishwa kutoka kwa "
                    "bibi hadi kwa mjukuu, na kila msusi ana alama yake. Njeri alitengeneza chapa hii "
                    "kutokana na michoro aliyoichora katika kikundi cha wasusi huko Machakos.",
                    "en": "The kiondo is a sisal bag woven by Kikuyu and Kamba women, often together in "
                    "groups during the afternoon. Its patterns pass from grandmother to grandchild, and "
                    "each weaver has her own mark. Njeri made this print from sketches drawn in a weavers' "
                    "group in Machakos.",
                    "fr": "Le kiondo est un sac en sisal tressé par les femmes kikuyu et kamba, souvent en "
                    "groupe l'après-midi. Ses motifs se transmettent de grand-mère à petite-fille, et "
                    "chaque vannière a sa propre marque. Njeri a réalisé cette estampe à partir de croquis "
                    "faits auprès d'un groupe de vannières à Machakos.",
                    "zh": "基翁多是基库尤族和坎巴族妇女用剑麻编织的提包，她们常在午后结伴编织。图样由祖母传"
                    "给孙辈，每位编织者都有自己的标记。恩杰里根据她在马查科斯一个编织小组中所作的速写，创作"
                    "了这幅版画。",
                },
                "medium": "Chapa ya linoleamu",
                "materials": "Karatasi ya pamba, wino wa mafuta",
                "technique": "Uchapishaji wa rangi tatu kwa mkono",
                "dimensions_cm": [50, 40, 0],
                "weight_g": 60,
                "year": 2025,
                "edition": ["limited", 30],
                "stock": 19,
                "price": 850000,
                "currency": "KES",
                "pattern": "mudcloth",
                "palette": ["#8c5a2b", "#d9b26f", "#2f4f3a", "#f4ecdc"],
            },
            {
                "category": "digital_art",
                "title": {
                    "sw": "Machweo ya Nairobi",
                    "en": "Nairobi Dusk",
                    "fr": "Crépuscule sur Nairobi",
                    "zh": "内罗毕暮色",
                },
                "description": {
                    "sw": "Kazi ya sanaa ya kidijitali inayoonyesha anga la jioni juu ya majengo ya mji, "
                    "likiwa limepambwa kwa mifumo ya kanga. Faili ya ubora wa juu inayofaa kuchapishwa "
                    "hadi sentimita 40 kwa 50.",
                    "en": "A digital artwork of the evening sky over the city skyline, woven with kanga "
                    "patterns. High-resolution file suitable for printing up to 40 × 50 cm.",
                    "fr": "Une œuvre numérique montrant le ciel du soir au-dessus de la ville, traversé de "
                    "motifs de kanga. Fichier haute résolution, imprimable jusqu'à 40 × 50 cm.",
                    "zh": "一件数字艺术作品，描绘城市天际线上方的傍晚天空，并融入康加布纹样。高分辨率文件，"
                    "可打印至40×50厘米。",
                },
                "story": {
                    "sw": "Nairobi ilianza kama kituo cha reli mwaka 1899, na jina lake linatokana na "
                    "maneno ya Kimaasai 'Enkare Nairobi', yaani maji baridi. Njeri anauonyesha mji huu "
                    "kama kitambaa kimoja kikubwa, ambapo majengo mapya yanakaa pamoja na mifumo ya zamani "
                    "ya pwani. Rangi za machweo zimechukuliwa kutoka kanga za bibi yake.",
                    "en": "Nairobi began as a railway depot in 1899, and its name comes from the Maasai "
                    "'Enkare Nairobi', meaning cool water. Njeri pictures the city as one large cloth "
                    "where new towers sit alongside old coastal patterns. The sunset colours are taken "
                    "from her grandmother's kangas.",
                    "fr": "Nairobi est née en 1899 comme dépôt ferroviaire, et son nom vient du maa « "
                    "Enkare Nairobi », l'eau fraîche. Njeri imagine la ville comme une grande étoffe où "
                    "les nouvelles tours côtoient les anciens motifs de la côte. Les couleurs du couchant "
                    "sont tirées des kangas de sa grand-mère.",
                    "zh": "内罗毕始建于1899年，原为铁路站点，其名称源自马赛语“Enkare Nairobi”，意为“清凉之"
                    "水”。恩杰里把这座城市想象成一整块布，新建的高楼与古老的海岸纹样并置。日落的色彩取自她"
                    "祖母珍藏的康加布。",
                },
                "medium": "Sanaa ya kidijitali",
                "materials": "Faili ya kidijitali (PNG, TIFF)",
                "technique": "Uchoraji wa kidijitali",
                "dimensions_cm": [40, 50, 0],
                "weight_g": 0,
                "year": 2025,
                "edition": "open",
                "stock": 50,
                "price": 4500,
                "currency": "USD",
                "pattern": "sunset",
                "palette": ["#ff7b54", "#ffb26b", "#3d2c8d", "#1c0c5b"],
            },
        ],
    },
    {
        "key": "awa-ndiaye",
        "name": "Awa Ndiaye",
        "email": "awa.ndiaye@demo.local",
        "country": "SN",
        "region": "Saint-Louis",
        "language": "fr",
        "disciplines": ["painting", "jewellery"],
        "bio": {
            "fr": "Awa Ndiaye, née à Saint-Louis du Sénégal, est peintre sous verre et bijoutière. Elle a "
            "appris le filigrane auprès d'un vieux bijoutier du quartier de Sor, puis la peinture sous "
            "verre dans un atelier de la Médina, à Dakar. Son travail mêle portraits de signares, scènes "
            "de rue et mémoire du fleuve.",
            "en": "Awa Ndiaye, born in Saint-Louis, Senegal, is a reverse-glass painter and jeweller. She "
            "learned filigree from an elderly jeweller in the Sor district, then glass painting in a "
            "workshop in Dakar's Medina. Her work blends portraits of signares, street scenes and the "
            "memory of the river.",
            "sw": "Awa Ndiaye, aliyezaliwa Saint-Louis nchini Senegal, ni mchoraji wa picha nyuma ya kioo "
            "na mtengenezaji wa vito. Alijifunza ufundi wa filigree kutoka kwa sonara mzee wa mtaa wa Sor, "
            "kisha uchoraji wa kioo katika karakana moja ya Medina, Dakar. Kazi zake zinachanganya picha "
            "za signare, matukio ya mitaani na kumbukumbu za mto.",
            "zh": "阿瓦·恩迪亚耶出生于塞内加尔圣路易，是一位玻璃背画画家和首饰匠人。她先在索尔街区随一位老"
            "银匠学习花丝工艺，后在达喀尔麦地那区的画室学习玻璃背画。她的作品交织着“西纳尔”女性肖像、街头场"
            "景与河流记忆。",
        },
        "works": [
            {
                "category": "painting",
                "title": {
                    "fr": "La signare de Saint-Louis",
                    "en": "The Signare of Saint-Louis",
                    "sw": "Signare wa Saint-Louis",
                    "zh": "圣路易的西纳尔",
                },
                "description": {
                    "fr": "Peinture sous verre représentant une signare coiffée d'un haut foulard, sur "
                    "fond bleu nuit ponctué d'or. Encadrée de bois, elle se regarde à travers le verre.",
                    "en": "A reverse-glass painting of a signare in a tall headwrap, set against a "
                    "midnight-blue ground flecked with gold. Framed in wood, it is viewed through the "
                    "glass.",
                    "sw": "Mchoro nyuma ya kioo unaomwonyesha signare aliyevaa kilemba kirefu, kwenye "
                    "mandhari ya buluu ya usiku yenye madoa ya dhahabu. Umewekwa kwenye fremu ya mbao na "
                    "hutazamwa kupitia kioo.",
                    "zh": "一幅玻璃背画，描绘一位头戴高耸头巾的西纳尔女性，背景为缀有金点的午夜蓝。木框装裱"
                    "，透过玻璃观赏。",
                },
                "story": {
                    "fr": "Les signares étaient des femmes métisses, commerçantes influentes de "
                    "Saint-Louis et de Gorée aux XVIIIe et XIXe siècles, célèbres pour leur élégance. La "
                    "peinture sous verre, ou souwère, s'est répandue au Sénégal au début du XXe siècle et "
                    "se peint à l'envers : les détails d'abord, le fond en dernier. Awa reprend ce sujet "
                    "classique pour rappeler le rôle économique de ces femmes.",
                    "en": "Signares were women of mixed heritage, influential traders in Saint-Louis and "
                    "Gorée in the 18th and 19th centuries, famed for their elegance. Reverse-glass "
                    "painting, or souwère, spread in Senegal in the early 20th century and is painted "
                    "backwards: details first, background last. Awa returns to this classic subject to "
                    "recall these women's economic role.",
                    "sw": "Signare walikuwa wanawake wenye asili mchanganyiko, wafanyabiashara wenye "
                    "ushawishi mkubwa huko Saint-Louis na Gorée katika karne ya 18 na 19, waliojulikana "
                    "kwa umaridadi wao. Uchoraji nyuma ya kioo, au souwère, ulienea Senegal mwanzoni mwa "
                    "karne ya 20 na huchorwa kinyume: maelezo kwanza, mandhari mwishoni. Awa anairudia "
                    "mada hii ya zamani ili kukumbusha nafasi ya kiuchumi ya wanawake hao.",
                    "zh": "西纳尔是18至19世纪活跃于圣路易和戈雷岛的混血女性商人，颇具影响力，并以优雅著称。"
                    "玻璃背画在塞内加尔称作“苏维尔”（souwère），20世纪初开始流行，作画顺序与常规相反：先画"
                    "细节，最后铺底色。阿瓦重拾这一经典题材，意在重提这些女性的经济地位。",
                },
                "medium": "Peinture sous verre",
                "materials": "Verre, peinture glycéro, feuille d'or, cadre en bois",
                "technique": "Peinture inversée sur verre",
                "dimensions_cm": [33, 48, 2],
                "weight_g": 1800,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 180000,
                "currency": "XOF",
                "pattern": "mosaic",
                "palette": ["#14213d", "#fca311", "#e5e5e5", "#9d0208"],
            },
            {
                "category": "painting",
                "title": {
                    "fr": "Les pirogues de Guet Ndar",
                    "en": "The Canoes of Guet Ndar",
                    "sw": "Mitumbwi ya Guet Ndar",
                    "zh": "盖特恩达尔的独木舟",
                },
                "description": {
                    "fr": "Peinture sous verre montrant des pirogues peintes qui rentrent au rivage au "
                    "coucher du soleil. Petit format, couleurs vives et contours noirs nets.",
                    "en": "A reverse-glass painting of painted canoes returning to shore at sunset. Small "
                    "format, bright colours and crisp black outlines.",
                    "sw": "Mchoro nyuma ya kioo unaoonyesha mitumbwi iliyopakwa rangi ikirudi ufukweni "
                    "wakati wa machweo. Ukubwa mdogo, rangi angavu na mistari myeusi iliyo wazi.",
                    "zh": "一幅玻璃背画，描绘彩绘独木舟在日落时分归岸。小幅作品，色彩明艳，黑色勾线清晰利落"
                    "。",
                },
                "story": {
                    "fr": "Guet Ndar, sur la Langue de Barbarie, est l'un des plus grands quartiers de "
                    "pêcheurs du Sénégal. Chaque pirogue porte des motifs, des noms et des versets peints "
                    "qui l'identifient et la protègent. Awa a grandi en regardant ces bateaux partir à "
                    "l'aube, et leurs couleurs reviennent dans presque tous ses verres.",
                    "en": "Guet Ndar, on the Langue de Barbarie spit, is one of Senegal's largest fishing "
                    "neighbourhoods. Each canoe carries painted patterns, names and verses that identify "
                    "and protect it. Awa grew up watching these boats leave at dawn, and their colours "
                    "return in almost all her glass paintings.",
                    "sw": "Guet Ndar, kwenye ukanda wa mchanga wa Langue de Barbarie, ni mojawapo ya mitaa "
                    "mikubwa zaidi ya wavuvi nchini Senegal. Kila mtumbwi una mapambo, majina na aya "
                    "zilizochorwa zinazoutambulisha na kuulinda. Awa alikua akitazama mitumbwi hii "
                    "ikiondoka alfajiri, na rangi zake hujitokeza karibu katika kila mchoro wake wa kioo.",
                    "zh": "盖特恩达尔位于巴尔巴里沙嘴之上，是塞内加尔规模最大的渔民聚居区之一。每条独木舟上"
                    "都绘有图案、船名和经文，用以标识，也寓意庇护。阿瓦从小看着这些渔船在黎明出海，它们的色"
                    "彩几乎出现在她的每一幅玻璃画中。",
                },
                "medium": "Peinture sous verre",
                "materials": "Verre, peinture glycéro, cadre en bois",
                "technique": "Peinture inversée sur verre",
                "dimensions_cm": [30, 22, 2],
                "weight_g": 900,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 95000,
                "currency": "XOF",
                "pattern": "sunset",
                "palette": ["#f77f00", "#003049", "#d62828", "#fcbf49", "#eae2b7"],
            },
            {
                "category": "jewellery",
                "title": {
                    "fr": "Boucles « Fleur du fleuve »",
                    "en": "River Flower Earrings",
                    "sw": "Hereni za Ua la Mto",
                    "zh": "河之花耳坠",
                },
                "description": {
                    "fr": "Paire de boucles d'oreilles en filigrane d'argent, en forme de fleur ajourée, "
                    "légères et mobiles. Environ 4 cm de hauteur, crochets en argent 925.",
                    "en": "A pair of silver filigree earrings shaped like an openwork flower, light and "
                    "swinging. About 4 cm long, on sterling silver hooks.",
                    "sw": "Jozi ya hereni za filigree ya fedha zenye umbo la ua lililotobolewa, nyepesi na "
                    "zinazoyumba. Urefu wa takriban sentimita 4, zenye kulabu za fedha ya 925.",
                    "zh": "一对银花丝耳坠，造型为镂空花朵，轻盈灵动。长约4厘米，配925银耳钩。",
                },
                "story": {
                    "fr": "Le filigrane de Saint-Louis est né dans les ateliers des bijoutiers wolofs qui "
                    "paraient les signares d'or et d'argent finement torsadés. Le fil est étiré, tordu "
                    "puis soudé brin par brin, un savoir-faire transmis au sein de quelques familles. Awa "
                    "dessine des formes légères, pensées pour être portées au quotidien.",
                    "en": "Saint-Louis filigree was born in the workshops of Wolof jewellers who adorned "
                    "the signares with finely twisted gold and silver. The wire is drawn, twisted and "
                    "soldered strand by strand, a skill handed down within a few families. Awa designs "
                    "light forms meant for everyday wear.",
                    "sw": "Ufundi wa filigree wa Saint-Louis ulianzia katika karakana za masonara wa "
                    "Kiwolof waliowapamba signare kwa dhahabu na fedha iliyosokotwa kwa ustadi. Uzi wa "
                    "chuma huvutwa, husokotwa kisha huunganishwa kipande kwa kipande, ujuzi unaorithishwa "
                    "ndani ya familia chache. Awa anabuni maumbo mepesi yanayoweza kuvaliwa kila siku.",
                    "zh": "圣路易花丝工艺源自沃洛夫族首饰匠的作坊，他们曾用细细拧绞的金银丝为西纳尔女性制作"
                    "饰物。金属丝经拉丝、拧绞，再一根根焊接成形，这门手艺只在少数家族中代代相传。阿瓦设计的"
                    "造型轻巧，适合日常佩戴。",
                },
                "medium": "Bijou en filigrane",
                "materials": "Argent 925",
                "technique": "Filigrane, soudure à la main",
                "dimensions_cm": [2, 4, 1],
                "weight_g": 6,
                "year": 2025,
                "edition": ["limited", 15],
                "stock": 6,
                "price": 45000,
                "currency": "XOF",
                "pattern": "beads",
                "palette": ["#c0c0c0", "#e8e8e8", "#7d7d7d", "#2b2d42"],
            },
            {
                "category": "jewellery",
                "title": {
                    "fr": "Pendentif « Gorée »",
                    "en": "Gorée Pendant",
                    "sw": "Kishaufu cha Gorée",
                    "zh": "戈雷吊坠",
                },
                "description": {
                    "fr": "Pendentif rond en filigrane d'argent doré à l'or fin, monté sur une chaîne de "
                    "45 cm. Un travail ajouré très fin, qui accroche la lumière.",
                    "en": "A round pendant in gold-plated silver filigree on a 45 cm chain. Very fine "
                    "openwork that catches the light.",
                    "sw": "Kishaufu cha duara cha filigree ya fedha iliyopakwa dhahabu, kwenye mkufu wa "
                    "sentimita 45. Kazi nyembamba sana iliyotobolewa inayong'aa inapopata mwanga.",
                    "zh": "圆形银鎏金花丝吊坠，配45厘米项链。镂空工艺极为精细，流光闪烁。",
                },
                "story": {
                    "fr": "Sur l'île de Gorée, les signares portaient de lourds bijoux d'or, signe de rang "
                    "et épargne à transmettre. Les rosaces du filigrane sénégalais s'inspirent à la fois "
                    "des fleurs locales et du décor de tradition islamique. Awa en propose une version "
                    "plus légère, dorée sur argent.",
                    "en": "On Gorée island, signares wore heavy gold jewellery as a sign of rank and as "
                    "wealth to pass on. The rosette motifs of Senegalese filigree draw both on local "
                    "flowers and on Islamic decorative tradition. Awa offers a lighter version, gold over "
                    "silver.",
                    "sw": "Katika kisiwa cha Gorée, signare walivaa vito vizito vya dhahabu kama alama ya "
                    "hadhi na akiba ya kurithisha. Mifumo ya maua ya filigree ya Senegal imetokana na maua "
                    "ya nchini na pia mapambo ya utamaduni wa Kiislamu. Awa anatoa toleo jepesi zaidi, la "
                    "dhahabu juu ya fedha.",
                    "zh": "在戈雷岛，西纳尔女性佩戴厚重的金饰，既彰显身份，也作为可传承的财富。塞内加尔花丝"
                    "常见的玫瑰纹样，既取材于本地花卉，也借鉴了伊斯兰装饰传统。阿瓦推出的是更轻盈的版本：以"
                    "银为胎，表面鎏金。",
                },
                "medium": "Bijou en filigrane",
                "materials": "Argent 925, dorure à l'or fin, chaîne en argent",
                "technique": "Filigrane, dorure",
                "dimensions_cm": [3, 3, 1],
                "weight_g": 9,
                "year": 2024,
                "edition": ["limited", 10],
                "stock": 3,
                "price": 14000,
                "currency": "EUR",
                "pattern": "porcelain",
                "palette": ["#d4af37", "#f5e6a8", "#8c6d1f", "#1f1f1f"],
            },
            {
                "category": "jewellery",
                "title": {
                    "fr": "Jonc « Ndar »",
                    "en": "Ndar Bangle",
                    "sw": "Bangili ya Ndar",
                    "zh": "恩达尔手镯",
                },
                "description": {
                    "fr": "Bracelet jonc en argent martelé, orné d'une fine tresse de filigrane sur tout "
                    "son pourtour. Sobre, il se porte seul ou en accumulation.",
                    "en": "A hammered silver bangle with a fine band of filigree braid around it. "
                    "Understated, worn alone or stacked.",
                    "sw": "Bangili ya fedha iliyofuliwa kwa nyundo, yenye msuko mwembamba wa filigree "
                    "unaoizunguka. Ni rahisi na maridadi, inaweza kuvaliwa peke yake au pamoja na nyingine.",
                    "zh": "锤纹银手镯，外圈饰以细密的花丝编带。简约大方，可单戴，也可叠戴。",
                },
                "story": {
                    "fr": "Ndar est le nom wolof de Saint-Louis, première capitale de "
                    "l'Afrique-Occidentale française. La tresse qui entoure ce jonc reprend les coiffures "
                    "tressées que les Saint-Louisiennes portaient pour les fanals, les grandes processions "
                    "de lanternes de Noël. Chaque bracelet est fabriqué à la commande dans l'atelier d'Awa.",
                    "en": "Ndar is the Wolof name for Saint-Louis, the first capital of French West "
                    "Africa. The braid around this bangle echoes the hair braids Saint-Louis women wore "
                    "for the fanals, the great Christmas lantern processions. Each bangle is made to order "
                    "in Awa's workshop.",
                    "sw": "Ndar ni jina la Kiwolof la Saint-Louis, mji mkuu wa kwanza wa Afrika Magharibi "
                    "ya Kifaransa. Msuko unaozunguka bangili hii unafuata mitindo ya nywele iliyosukwa na "
                    "wanawake wa Saint-Louis kwa ajili ya fanal, maandamano makubwa ya taa wakati wa "
                    "Krismasi. Kila bangili hutengenezwa baada ya kuagizwa katika karakana ya Awa.",
                    "zh": "“恩达尔”是圣路易的沃洛夫语名称，这里曾是法属西非的首个首府。手镯外圈的编纹取自圣"
                    "路易女性在“法纳尔”节庆时所梳的发辫，那是圣诞期间盛大的灯笼游行。每只手镯均在阿瓦的工作"
                    "室按订单制作。",
                },
                "medium": "Bijou en argent",
                "materials": "Argent 925",
                "technique": "Martelage, filigrane",
                "dimensions_cm": [7, 7, 1],
                "weight_g": 28,
                "year": 2025,
                "edition": "open",
                "stock": 12,
                "price": 65000,
                "currency": "XOF",
                "pattern": "beads",
                "palette": ["#bfc1c2", "#6c757d", "#f8f9fa", "#343a40"],
            },
        ],
    },
    {
        "key": "temitope-adeyemi",
        "name": "Temitope Adeyemi",
        "email": "temitope.adeyemi@demo.local",
        "country": "NG",
        "region": "Abeokuta, Ogun State",
        "language": "en",
        "disciplines": ["textile", "painting"],
        "bio": {
            "en": "Temitope Adeyemi is a textile artist and painter based in Abeokuta, the historic centre "
            "of Yoruba adire. She trained with the indigo dyers of Itoku market before studying fine art "
            "in Ile-Ife. Her work carries old resist-dye patterns into wall pieces, paintings and garments.",
            "fr": "Temitope Adeyemi est artiste textile et peintre à Abeokuta, berceau historique de "
            "l'adire yoruba. Elle s'est formée auprès des teinturières d'indigo du marché d'Itoku avant "
            "d'étudier les beaux-arts à Ile-Ife. Son travail prolonge les motifs anciens de teinture à "
            "réserve dans des tentures, des peintures et des vêtements.",
            "sw": "Temitope Adeyemi ni msanii wa vitambaa na mchoraji anayeishi Abeokuta, kitovu cha "
            "kihistoria cha adire ya Kiyoruba. Alijifunza kutoka kwa wapaka rangi ya nili katika soko la "
            "Itoku kabla ya kusomea sanaa katika chuo kikuu cha Ile-Ife. Kazi zake zinaendeleza mifumo ya "
            "zamani ya upakaji rangi kwa kuzuia katika vitambaa vya ukutani, michoro na mavazi.",
            "zh": "特米托佩·阿德耶米是常驻阿贝奥库塔的纺织艺术家和画家，这座城市是约鲁巴阿迪雷染布的历史中"
            "心。她先在伊托库市场随靛蓝染匠学艺，后赴伊莱-伊费攻读美术。她将古老的防染纹样延伸至挂毯、绘画"
            "与服饰之中。",
        },
        "works": [
            {
                "category": "textile",
                "title": {
                    "en": "Olokun, Orisha of the Deep Sea",
                    "fr": "Olokun, orisha des profondeurs",
                    "sw": "Olokun, Orisha wa Bahari Kuu",
                    "zh": "深海神灵奥洛昆",
                },
                "description": {
                    "en": "A large adire eleko wall hanging, with a cassava-paste resist pattern dyed in "
                    "deep indigo on cotton. The cloth is soft, with the faint crackle lines typical of "
                    "hand-applied paste.",
                    "fr": "Une grande tenture en adire eleko : motif réservé à la pâte de manioc, teint en "
                    "indigo profond sur coton. Le tissu est souple, parcouru des fines craquelures propres "
                    "à la pâte appliquée à la main.",
                    "sw": "Kitambaa kikubwa cha ukutani cha adire eleko, chenye mifumo iliyozuiwa kwa uji "
                    "wa muhogo na kutiwa rangi ya nili iliyokolea kwenye pamba. Kitambaa ni laini, na kina "
                    "mistari myembamba ya mipasuko inayotokana na uji uliopakwa kwa mkono.",
                    "zh": "大幅阿迪雷·埃莱科染布挂毯，以木薯浆防染，在棉布上染出深沉的靛蓝。布面柔软，可见"
                    "手工敷浆特有的细微冰裂纹。",
                },
                "story": {
                    "en": "The Olokun design is one of the classic adire eleko patterns, named after the "
                    "Yoruba orisha of the deep sea and associated with wealth and abundance. Women in "
                    "Abeokuta once applied the starch by hand with feathers or palm-leaf ribs, square by "
                    "square. Temitope kept the traditional grid and dipped the cloth twelve times in "
                    "fermented indigo.",
                    "fr": "Le motif Olokun est l'un des grands classiques de l'adire eleko ; il porte le "
                    "nom de l'orisha yoruba des profondeurs marines, associé à la richesse et à "
                    "l'abondance. À Abeokuta, les femmes appliquaient autrefois l'amidon à la plume ou à "
                    "la nervure de palme, case par case. Temitope a conservé la grille traditionnelle et "
                    "plongé le tissu douze fois dans l'indigo fermenté.",
                    "sw": "Mfumo wa Olokun ni mmojawapo wa mifumo maarufu zaidi ya adire eleko, uliopewa "
                    "jina la orisha wa Kiyoruba wa bahari kuu, anayehusishwa na utajiri na wingi. Zamani "
                    "wanawake wa Abeokuta walipaka uji kwa mkono wakitumia manyoya au vijiti vya "
                    "mchikichi, mraba kwa mraba. Temitope alidumisha muundo wa jadi na kutumbukiza "
                    "kitambaa mara kumi na mbili katika nili iliyochachushwa.",
                    "zh": "“奥洛昆”是阿迪雷·埃莱科最经典的纹样之一，得名于约鲁巴深海神灵，象征财富与丰饶。"
                    "过去，阿贝奥库塔的妇女用羽毛或棕榈叶脉蘸浆，一格一格地手绘防染图案。特米托佩保留了传统"
                    "的方格布局，并将布料在发酵靛蓝中浸染了十二次。",
                },
                "medium": "Adire eleko (starch-resist indigo)",
                "materials": "Cotton, natural indigo, cassava starch",
                "technique": "Hand-painted starch resist, vat dyeing",
                "dimensions_cm": [150, 200, 1],
                "weight_g": 900,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 135000000,
                "currency": "NGN",
                "pattern": "batik",
                "palette": ["#0b1d51", "#1e3a8a", "#93c5fd", "#f1f5f9"],
            },
            {
                "category": "textile",
                "title": {
                    "en": "Indigo Seeds Scarf",
                    "fr": "Foulard « Graines d'indigo »",
                    "sw": "Skafu ya Mbegu za Nili",
                    "zh": "靛蓝种子围巾",
                },
                "description": {
                    "en": "An adire oniko scarf in silk-cotton, tied around small seeds and pebbles before "
                    "dyeing to leave pale rings. Light and airy, 180 cm long.",
                    "fr": "Un foulard en soie et coton teint selon la technique adire oniko : noué autour "
                    "de petites graines et de cailloux avant la teinture, il garde des cercles clairs. "
                    "Léger et aérien, 180 cm de long.",
                    "sw": "Skafu ya hariri na pamba ya adire oniko, iliyofungwa kuzunguka mbegu ndogo na "
                    "vijiwe kabla ya kutiwa rangi ili kuacha duara nyepesi. Ni nyepesi na yenye hewa, "
                    "urefu wa sentimita 180.",
                    "zh": "丝棉混纺围巾，采用阿迪雷·奥尼科扎染工艺：染色前将布料缠绕小种子和石子扎紧，染后"
                    "留下浅色圆环。轻盈透气，长180厘米。",
                },
                "story": {
                    "en": "Adire oniko, the tied form of adire, is thought to be older than starch-resist "
                    "work and was traditionally done with raffia thread. Each scarf takes an afternoon of "
                    "tying and a week of dipping and airing between baths. Temitope makes this edition "
                    "with two apprentices she trains at her studio.",
                    "fr": "L'adire oniko, la forme nouée de l'adire, serait plus ancien que la réserve à "
                    "l'amidon ; on le pratiquait traditionnellement avec du fil de raphia. Chaque foulard "
                    "demande un après-midi de ligatures et une semaine de bains et d'aérations successifs. "
                    "Temitope réalise cette édition avec deux apprenties qu'elle forme à l'atelier.",
                    "sw": "Adire oniko, aina ya adire inayofungwa, inadhaniwa kuwa ya zamani kuliko ile ya "
                    "kuzuia kwa uji, na kwa jadi ilifanywa kwa uzi wa rafia. Kila skafu huchukua mchana "
                    "mzima wa kufunga na wiki nzima ya kutumbukiza na kuanika kati ya kila mzunguko. "
                    "Temitope anatengeneza toleo hili lenye idadi maalum pamoja na wanafunzi wawili "
                    "anaowafundisha studioni kwake.",
                    "zh": "阿迪雷·奥尼科是阿迪雷的扎染形式，一般认为比浆染更为古老，传统上以酒椰纤维线捆扎"
                    "。每条围巾需花一个下午扎结，再用一周时间反复浸染、晾透。特米托佩与她在工作室培养的两名"
                    "学徒共同完成这一系列。",
                },
                "medium": "Adire oniko (tie-resist indigo)",
                "materials": "Silk-cotton, natural indigo, raffia thread",
                "technique": "Tie resist, vat dyeing",
                "dimensions_cm": [45, 180, 0],
                "weight_g": 120,
                "year": 2025,
                "edition": ["limited", 12],
                "stock": 5,
                "price": 8500000,
                "currency": "NGN",
                "pattern": "mudcloth",
                "palette": ["#142850", "#27496d", "#dae1e7", "#0c7b93"],
            },
            {
                "category": "painting",
                "title": {
                    "en": "Morning at Itoku",
                    "fr": "Matin à Itoku",
                    "sw": "Asubuhi Huko Itoku",
                    "zh": "伊托库的清晨",
                },
                "description": {
                    "en": "An acrylic and indigo painting on canvas of dyers laying out cloth to dry on "
                    "the market walls. Thick layers of blue with touches of ochre.",
                    "fr": "Une peinture à l'acrylique et à l'indigo sur toile, montrant des teinturières "
                    "qui étendent les tissus sur les murs du marché. D'épaisses couches de bleu relevées "
                    "de touches d'ocre.",
                    "sw": "Mchoro wa rangi ya akriliki na nili kwenye turubai, unaoonyesha wapaka rangi "
                    "wakianika vitambaa kwenye kuta za soko. Tabaka nene za buluu zenye miguso ya rangi ya "
                    "udongo.",
                    "zh": "布面丙烯与靛蓝综合绘画，描绘染匠们在市场墙头晾晒布匹的场景。大片厚重的蓝色间点缀"
                    "赭黄。",
                },
                "story": {
                    "en": "Itoku market has long gathered the Egba dyers who made Abeokuta famous for "
                    "adire. The dye pots, the beat of wooden mallets on cloth and the rows of drying "
                    "fabric still shape the mornings there. Temitope mixes real indigo into her paint so "
                    "the canvas carries the same pigment as the cloth.",
                    "fr": "Le marché d'Itoku rassemble depuis longtemps les teinturières egba qui ont fait "
                    "la réputation d'Abeokuta pour l'adire. Les jarres de teinture, le battage des étoffes "
                    "au maillet de bois et les rangées de tissus qui sèchent rythment encore les matinées. "
                    "Temitope mêle du véritable indigo à sa peinture, pour que la toile porte le même "
                    "pigment que l'étoffe.",
                    "sw": "Soko la Itoku kwa muda mrefu limewakusanya wapaka rangi wa Kiegba walioufanya "
                    "Abeokuta kujulikana kwa adire. Vyungu vya rangi, mdundo wa vitambaa vinavyopigwa kwa "
                    "nyundo za mbao na safu za vitambaa vinavyoanikwa bado hupamba asubuhi za huko. "
                    "Temitope huchanganya nili halisi katika rangi zake ili mchoro ubebe rangi ile ile ya "
                    "kitambaa.",
                    "zh": "伊托库市场长期以来汇聚着埃格巴族染匠，正是她们让阿贝奥库塔因阿迪雷而闻名。染缸、"
                    "木槌捶布的声响和一排排晾晒的布匹，至今仍是那里清晨的风景。特米托佩在颜料中调入真正的靛"
                    "蓝，让画布与染布承载同一种色素。",
                },
                "medium": "Acrylic and indigo on canvas",
                "materials": "Canvas, acrylic paint, natural indigo pigment",
                "technique": "Layered painting with palette knife",
                "dimensions_cm": [90, 120, 4],
                "weight_g": 3200,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 180000,
                "currency": "USD",
                "pattern": "waves",
                "palette": ["#1d3461", "#1f487e", "#c08552", "#f3e9dc", "#376996"],
            },
            {
                "category": "design",
                "title": {
                    "en": "Ibadandun Cushion Cover",
                    "fr": "Housse de coussin « Ibadandun »",
                    "sw": "Foronya ya Mto ya Ibadandun",
                    "zh": "“伊巴丹甜美”靠垫套",
                },
                "description": {
                    "en": "A 45 × 45 cm cushion cover in hand-dyed adire cotton, with a zip closure and a "
                    "plain indigo back. Sturdy enough for daily use and machine washable cold.",
                    "fr": "Housse de coussin de 45 × 45 cm en coton adire teint à la main, avec fermeture "
                    "à glissière et dos indigo uni. Assez robuste pour un usage quotidien, lavable en "
                    "machine à froid.",
                    "sw": "Foronya ya mto ya sentimita 45 kwa 45 ya pamba ya adire iliyotiwa rangi kwa "
                    "mkono, yenye zipu na upande wa nyuma wa nili tupu. Ni imara kwa matumizi ya kila siku "
                    "na inaweza kufuliwa kwa mashine kwa maji baridi.",
                    "zh": "45×45厘米靠垫套，面料为手工染制的阿迪雷棉布，拉链开合，背面为纯靛蓝色。结实耐用"
                    "，适合日常使用，可冷水机洗。",
                },
                "story": {
                    "en": "Ibadandun, 'Ibadan is sweet', is a well-known adire eleko design whose squares "
                    "are said to show the pillars of Mapo Hall in Ibadan. Patterns like this carried news, "
                    "praise and humour between Yoruba towns. Temitope reproduces it in small batches so "
                    "the design can live in everyday homes.",
                    "fr": "Ibadandun, « Ibadan est douce », est un motif d'adire eleko bien connu dont les "
                    "carrés figureraient les colonnes de Mapo Hall, à Ibadan. Ces motifs faisaient "
                    "circuler nouvelles, éloges et humour d'une ville yoruba à l'autre. Temitope le "
                    "reproduit en petites séries pour qu'il vive dans les maisons d'aujourd'hui.",
                    "sw": "Ibadandun, yaani 'Ibadan ni tamu', ni mfumo maarufu wa adire eleko ambao miraba "
                    "yake inasemekana kuonyesha nguzo za jengo la Mapo Hall huko Ibadan. Mifumo kama hii "
                    "ilibeba habari, sifa na ucheshi kati ya miji ya Kiyoruba. Temitope anautengeneza kwa "
                    "idadi ndogo ili mfumo huu uishi katika nyumba za kila siku.",
                    "zh": "“伊巴丹甜美”（Ibadandun）是阿迪雷·埃莱科的著名纹样，据说其方格描绘的是伊巴丹马波"
                    "议事厅的立柱。这类纹样曾在约鲁巴城镇间传递消息、赞颂与幽默。特米托佩以小批量复刻，让这"
                    "一图案走进寻常人家。",
                },
                "medium": "Adire cotton, sewn",
                "materials": "Cotton, natural indigo, cassava starch, zip",
                "technique": "Starch resist, vat dyeing, sewing",
                "dimensions_cm": [45, 45, 2],
                "weight_g": 250,
                "year": 2025,
                "edition": "open",
                "stock": 25,
                "price": 4800000,
                "currency": "NGN",
                "pattern": "geometric",
                "palette": ["#12355b", "#f5f1e3", "#5a7d9a", "#0a1f33"],
            },
            {
                "category": "painting",
                "title": {
                    "en": "Olumo at Dusk",
                    "fr": "Olumo au crépuscule",
                    "sw": "Olumo Wakati wa Magharibi",
                    "zh": "暮色中的奥卢莫岩",
                },
                "description": {
                    "en": "An oil painting of Olumo Rock under a violet evening sky, with adire patterns "
                    "woven into the clouds. Medium format on stretched canvas.",
                    "fr": "Une huile représentant le rocher d'Olumo sous un ciel violet du soir, avec des "
                    "motifs d'adire glissés dans les nuages. Format moyen sur toile tendue.",
                    "sw": "Mchoro wa rangi ya mafuta wa mwamba wa Olumo chini ya anga la jioni la "
                    "zambarau, wenye mifumo ya adire ndani ya mawingu. Ukubwa wa kati kwenye turubai "
                    "iliyowambwa.",
                    "zh": "布面油画，描绘紫色暮空下的奥卢莫岩，云层间织入阿迪雷纹样。中幅，绷于画框之上。",
                },
                "story": {
                    "en": "Olumo Rock sheltered the Egba people during the wars of the early 19th century, "
                    "and Abeokuta, 'under the rock', takes its name from it. Temitope climbs it with her "
                    "family every year on the anniversary of her grandmother's death. The clouds carry the "
                    "patterns her grandmother dyed at Itoku.",
                    "fr": "Le rocher d'Olumo a abrité le peuple egba pendant les guerres du début du XIXe "
                    "siècle, et Abeokuta, « sous le rocher », lui doit son nom. Temitope y monte chaque "
                    "année en famille, à la date anniversaire de la mort de sa grand-mère. Les nuages "
                    "portent les motifs que celle-ci teignait à Itoku.",
                    "sw": "Mwamba wa Olumo uliwahifadhi Waegba wakati wa vita vya mwanzoni mwa karne ya "
                    "19, na jina Abeokuta, yaani 'chini ya mwamba', linatokana nao. Temitope huupanda kila "
                    "mwaka pamoja na familia yake katika kumbukumbu ya kifo cha bibi yake. Mawingu "
                    "yanabeba mifumo ambayo bibi yake aliitia rangi huko Itoku.",
                    "zh": "19世纪初的战乱中，奥卢莫岩曾为埃格巴人提供庇护，阿贝奥库塔意为“岩石之下”，即由此"
                    "得名。每年祖母忌日，特米托佩都会与家人一同登岩。画中的云朵，正是祖母当年在伊托库染过的"
                    "纹样。",
                },
                "medium": "Oil on canvas",
                "materials": "Canvas, oil paint",
                "technique": "Layered oil painting, stencilled patterns",
                "dimensions_cm": [70, 90, 3],
                "weight_g": 2400,
                "year": 2022,
                "edition": "unique",
                "stock": 1,
                "price": 95000000,
                "currency": "NGN",
                "pattern": "sunset",
                "palette": ["#5b2a86", "#f28f3b", "#c8553d", "#1e3a5f", "#f6e8c3"],
            },
        ],
    },
    {
        "key": "rashidi-mfaume",
        "name": "Rashidi Mfaume",
        "email": "rashidi.mfaume@demo.local",
        "country": "TZ",
        "region": "Dar es Salaam",
        "language": "sw",
        "disciplines": ["sculpture", "painting"],
        "bio": {
            "sw": "Rashidi Mfaume ni mchongaji na mchoraji kutoka Mtwara, anayeishi na kufanya kazi Dar es "
            "Salaam. Alijifunza uchongaji wa Kimakonde kutoka kwa mjomba wake, kisha akajiunga na "
            "wachoraji wa Tingatinga huko Msasani. Kazi zake zinaunganisha hadithi za familia, wanyama na "
            "maisha ya kila siku ya pwani.",
            "en": "Rashidi Mfaume is a carver and painter from Mtwara who lives and works in Dar es "
            "Salaam. He learned Makonde carving from his uncle, then joined the Tingatinga painters in "
            "Msasani. His work brings together family stories, animals and everyday life on the coast.",
            "fr": "Rashidi Mfaume est sculpteur et peintre, originaire de Mtwara ; il vit et travaille à "
            "Dar es Salaam. Il a appris la sculpture makondé auprès de son oncle, puis a rejoint les "
            "peintres tingatinga de Msasani. Son travail réunit histoires de famille, animaux et vie "
            "quotidienne de la côte.",
            "zh": "拉希迪·姆法乌梅是来自姆特瓦拉的雕刻家和画家，现居达累斯萨拉姆。他随舅舅学习马孔德木雕，"
            "后加入姆萨萨尼的廷加廷加画家群体。他的作品融合了家族故事、动物形象与海岸地区的日常生活。",
        },
        "works": [
            {
                "category": "sculpture",
                "title": {
                    "sw": "Mti wa Ujamaa",
                    "en": "Ujamaa Tree",
                    "fr": "L'arbre ujamaa",
                    "zh": "乌贾马生命之树",
                },
                "description": {
                    "sw": "Sanamu ya mpingo iliyochongwa kutoka kipande kimoja cha mbao, ikionyesha watu "
                    "wengi walioshikana kuanzia chini hadi juu. Ni nzito na imeng'arishwa kwa mkono hadi "
                    "kung'aa kama jiwe.",
                    "en": "An African blackwood sculpture carved from a single piece, showing many figures "
                    "holding one another from base to top. It is heavy and hand-polished to a stone-like "
                    "sheen.",
                    "fr": "Une sculpture en grenadille d'Afrique taillée d'un seul bloc, où de nombreux "
                    "personnages se tiennent de la base au sommet. Lourde, elle est polie à la main "
                    "jusqu'à un éclat de pierre.",
                    "zh": "以整块非洲黑黄檀雕成，众多人物自底部至顶端层层相扶。作品分量沉实，经手工打磨，泛"
                    "出石头般的光泽。",
                },
                "story": {
                    "sw": "Mtindo wa ujamaa, unaojulikana pia kama mti wa uzima, ulikua miongoni mwa "
                    "wachongaji wa Kimakonde katika miaka ya 1960. Vizazi hupanda juu pamoja na hakuna mtu "
                    "anayesimama peke yake. Mpingo wa kazi hii umetoka katika misitu ya vijiji vya Kilwa "
                    "inayosimamiwa na jamii.",
                    "en": "The ujamaa style, also called the tree of life, grew among Makonde carvers in "
                    "the 1960s. Generations climb upward together and no one stands alone. The blackwood "
                    "for this piece comes from community-managed village forests in Kilwa.",
                    "fr": "Le style ujamaa, aussi appelé arbre de vie, s'est développé chez les sculpteurs "
                    "makondé dans les années 1960. Les générations s'élèvent ensemble et personne ne se "
                    "tient seul. Le bois de cette pièce provient de forêts villageoises gérées par les "
                    "communautés de Kilwa.",
                    "zh": "乌贾马风格又称“生命之树”，于20世纪60年代在马孔德雕刻师中兴起。世代相承，向上攀升"
                    "，无人独立其外。本作所用黑黄檀来自基尔瓦地区由社区管理的村落林地。",
                },
                "medium": "Uchongaji wa mbao",
                "materials": "Mpingo, nta ya nyuki",
                "technique": "Uchongaji kwa patasi, kung'arisha kwa mkono",
                "dimensions_cm": [22, 68, 20],
                "weight_g": 5200,
                "year": 2021,
                "edition": "unique",
                "stock": 1,
                "price": 320000000,
                "currency": "TZS",
                "pattern": "waves",
                "palette": ["#1a1410", "#3b2a20", "#8c6a4f", "#d8c3a5"],
            },
            {
                "category": "sculpture",
                "title": {
                    "sw": "Shetani wa Maji",
                    "en": "Water Spirit",
                    "fr": "Esprit de l'eau",
                    "zh": "水之精灵",
                },
                "description": {
                    "sw": "Sanamu ndogo ya mpingo yenye umbo refu linalojipinda, ikionyesha kiini cheusi "
                    "cha mti kilichong'arishwa na ganda lake jeupe lililoachwa asilia. Inafaa kukaa mezani "
                    "au kwenye rafu.",
                    "en": "A small blackwood sculpture with a tall, twisting form, showing both the "
                    "polished black heartwood and the pale outer wood left natural. Sized for a table or "
                    "shelf.",
                    "fr": "Une petite sculpture en grenadille à la forme haute et sinueuse, qui montre le "
                    "cœur noir poli et l'aubier clair laissé brut. Elle trouve sa place sur une table ou "
                    "une étagère.",
                    "zh": "小型黑黄檀雕塑，造型修长而回旋，既呈现打磨后的乌黑心材，也保留了浅色边材的原貌。"
                    "适合陈设于桌面或书架。",
                },
                "story": {
                    "sw": "Sanamu za shetani zinawakilisha viumbe vya kiroho katika hadithi za Kimakonde; "
                    "neno hili hapa halimaanishi uovu. Wachongaji huacha umbo la mbao lenyewe liamue sura "
                    "ya kiumbe. Rashidi alichonga kazi hii akikumbuka hadithi za bibi yake kuhusu roho "
                    "inayowalinda wavuvi wa Mikindani.",
                    "en": "Shetani figures depict spirit beings from Makonde storytelling; the word does "
                    "not mean evil here. Carvers let the shape of the wood decide the creature's form. "
                    "Rashidi carved this piece remembering his grandmother's tales of a spirit that guards "
                    "the fishermen of Mikindani.",
                    "fr": "Les figures shetani représentent des êtres spirituels des récits makondé ; le "
                    "mot n'a ici rien de maléfique. Le sculpteur laisse la forme du bois décider de celle "
                    "de la créature. Rashidi l'a sculptée en pensant aux contes de sa grand-mère sur un "
                    "esprit qui veille sur les pêcheurs de Mikindani.",
                    "zh": "“舍塔尼”雕像表现马孔德民间故事中的精灵，此处并无邪恶之意。雕刻师依木料的天然形态"
                    "决定精灵的模样。拉希迪创作此作时，想起了祖母讲述的守护米金达尼渔民的精灵传说。",
                },
                "medium": "Uchongaji wa mbao",
                "materials": "Mpingo, nta ya nyuki",
                "technique": "Uchongaji wa mkono, kung'arisha",
                "dimensions_cm": [12, 38, 10],
                "weight_g": 1400,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 95000000,
                "currency": "TZS",
                "pattern": "waves",
                "palette": ["#0f0d0b", "#e8d9c0", "#5b4636"],
            },
            {
                "category": "painting",
                "title": {
                    "sw": "Twiga Chini ya Mbuyu",
                    "en": "Giraffes Beneath the Baobab",
                    "fr": "Girafes sous le baobab",
                    "zh": "猴面包树下的长颈鹿",
                },
                "description": {
                    "sw": "Mchoro wa Tingatinga kwa rangi ya enameli kwenye ubao, wenye twiga watatu na "
                    "ndege wengi wa rangi angavu. Uso wake unang'aa na rangi zimepakwa kwa unene.",
                    "en": "A Tingatinga painting in enamel on board, with three giraffes and many brightly "
                    "coloured birds. The surface is glossy and the paint thickly layered.",
                    "fr": "Une peinture tingatinga à l'émail sur panneau, avec trois girafes et une foule "
                    "d'oiseaux aux couleurs vives. La surface est brillante, la matière épaisse.",
                    "zh": "一幅以瓷漆绘于木板上的廷加廷加画，画中三只长颈鹿与众多色彩明艳的鸟儿相伴。画面光"
                    "亮，色层厚实。",
                },
                "story": {
                    "sw": "Mtindo wa Tingatinga ulianzishwa Dar es Salaam katika miaka ya 1960 na Edward "
                    "Saidi Tingatinga, aliyetumia rangi za baiskeli kwenye vipande vya ubao. Leo wanafunzi "
                    "wa vizazi kadhaa wanauendeleza pamoja katika ushirika. Rashidi anafuata mtindo wa "
                    "rangi tambarare bila vivuli, lakini anaongeza mbuyu wa kijiji chake.",
                    "en": "The Tingatinga style was founded in Dar es Salaam in the 1960s by Edward Saidi "
                    "Tingatinga, who used bicycle paint on offcuts of board. Today several generations of "
                    "his students carry it on together in a cooperative. Rashidi keeps to the flat, "
                    "shadowless colour, but adds the baobab of his home village.",
                    "fr": "Le style tingatinga est né à Dar es Salaam dans les années 1960 avec Edward "
                    "Saidi Tingatinga, qui peignait à la peinture pour vélos sur des chutes de panneaux. "
                    "Plusieurs générations de ses élèves le font vivre aujourd'hui au sein d'une "
                    "coopérative. Rashidi garde les aplats sans ombres, mais y ajoute le baobab de son "
                    "village.",
                    "zh": "廷加廷加画派由爱德华·赛迪·廷加廷加于20世纪60年代在达累斯萨拉姆创立，他最初用自行"
                    "车漆在边角木板上作画。如今，几代弟子在合作社中延续这一传统。拉希迪沿用无阴影的平涂手法"
                    "，又添上了家乡村庄的猴面包树。",
                },
                "medium": "Rangi ya enameli kwenye ubao",
                "materials": "Rangi ya enameli, ubao wa masonite",
                "technique": "Uchoraji wa rangi tambarare",
                "dimensions_cm": [60, 60, 2],
                "weight_g": 1900,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 78000000,
                "currency": "TZS",
                "pattern": "mosaic",
                "palette": ["#f4a300", "#2a9d8f", "#e63946", "#1d3557", "#f1faee"],
            },
            {
                "category": "painting",
                "title": {
                    "sw": "Soko la Samaki la Feri",
                    "en": "Feri Fish Market",
                    "fr": "Le marché aux poissons de Feri",
                    "zh": "费里鱼市",
                },
                "description": {
                    "sw": "Mchoro wa rangi ya enameli unaoonyesha wauzaji, mitumbwi na samaki wa kila aina "
                    "alfajiri. Ni kazi ndefu ya mlalo yenye maelezo madogo mengi.",
                    "en": "An enamel painting of vendors, boats and fish of every kind at dawn. A long "
                    "horizontal work full of small details.",
                    "fr": "Une peinture à l'émail montrant vendeurs, pirogues et poissons de toutes sortes "
                    "à l'aube. Un format horizontal allongé, riche en petits détails.",
                    "zh": "一幅瓷漆画，描绘黎明时分的鱼贩、小船和各色鱼获。横幅长卷，细节丰富。",
                },
                "story": {
                    "sw": "Soko la Feri, karibu na kivuko cha Kigamboni, huamka kabla ya jua kuchomoza, "
                    "wavuvi wanaposhusha samaki na minada kuanza. Wachoraji wa Tingatinga mara nyingi "
                    "hujaza kila sehemu ya ubao, na Rashidi anatumia mbinu hiyo kuonyesha kelele na "
                    "msongamano wa soko. Kila mtu kwenye mchoro ana kazi yake, kuanzia wachuuzi hadi "
                    "watoto wanaobeba barafu.",
                    "en": "Feri market, next to the Kigamboni ferry, wakes before sunrise as fishermen "
                    "unload and the auctions begin. Tingatinga painters often fill every inch of the "
                    "board, and Rashidi uses that habit to convey the noise and crowding of the market. "
                    "Everyone in the picture has a job, from the hawkers to the children carrying ice.",
                    "fr": "Le marché de Feri, près du bac de Kigamboni, s'éveille avant le jour, quand les "
                    "pêcheurs débarquent et que les criées commencent. Les peintres tingatinga remplissent "
                    "souvent chaque centimètre du panneau, et Rashidi s'en sert pour rendre le bruit et la "
                    "foule du marché. Chacun y a sa tâche, des marchands ambulants aux enfants qui portent "
                    "la glace.",
                    "zh": "费里鱼市紧邻基甘博尼渡口，天未亮便已苏醒：渔民卸货，拍卖开场。廷加廷加画家常常把"
                    "画板填得满满当当，拉希迪借此表现鱼市的喧嚣与拥挤。画中每个人都各司其职，从叫卖的小贩到"
                    "搬运冰块的孩子。",
                },
                "medium": "Rangi ya enameli kwenye ubao",
                "materials": "Rangi ya enameli, ubao wa masonite",
                "technique": "Uchoraji wa rangi tambarare wenye maelezo madogo",
                "dimensions_cm": [120, 60, 2],
                "weight_g": 3800,
                "year": 2025,
                "edition": "unique",
                "stock": 1,
                "price": 110000,
                "currency": "USD",
                "pattern": "sunset",
                "palette": ["#ff9f1c", "#2ec4b6", "#cbf3f0", "#e71d36", "#011627"],
            },
            {
                "category": "print",
                "title": {
                    "sw": "Ndege wa Asubuhi",
                    "en": "Morning Birds",
                    "fr": "Oiseaux du matin",
                    "zh": "晨鸟",
                },
                "description": {
                    "sw": "Chapa ya skrini ya rangi tano iliyotokana na mchoro wa Tingatinga, yenye ndege "
                    "wa rangi angavu kwenye tawi moja. Karatasi nzito, imesainiwa na kupewa namba.",
                    "en": "A five-colour screen print based on a Tingatinga painting, with brightly "
                    "coloured birds sharing one branch. Heavy paper, signed and numbered.",
                    "fr": "Une sérigraphie en cinq couleurs tirée d'une peinture tingatinga, où des "
                    "oiseaux éclatants partagent une même branche. Papier épais, signée et numérotée.",
                    "zh": "根据一幅廷加廷加画作制成的五色丝网版画，色彩鲜亮的鸟儿同栖一枝。厚纸印制，附签名"
                    "与编号。",
                },
                "story": {
                    "sw": "Ndege wamekuwa miongoni mwa mada zinazopendwa zaidi katika Tingatinga tangu "
                    "mwanzo, kwa sababu ya rangi zao na mpangilio wao unaojirudia. Rashidi alitengeneza "
                    "toleo hili lenye idadi maalum ili watu wengi zaidi waweze kumiliki kazi ya sanaa ya "
                    "mtindo huu kwa bei nafuu. Kila rangi ilichapishwa kwa mkono katika karakana ndogo "
                    "huko Mwenge.",
                    "en": "Birds have been among the most loved Tingatinga subjects since the beginning, "
                    "prized for their colour and repeating rhythm. Rashidi made this limited edition so "
                    "that more people can own a work in this style at a modest price. Each colour was "
                    "pulled by hand in a small workshop in Mwenge.",
                    "fr": "Les oiseaux comptent parmi les sujets favoris du tingatinga depuis ses débuts, "
                    "pour leurs couleurs et leur rythme répétitif. Rashidi a conçu cette édition limitée "
                    "pour que davantage de personnes puissent posséder une œuvre de ce style à un prix "
                    "accessible. Chaque couleur a été tirée à la main dans un petit atelier de Mwenge.",
                    "zh": "鸟类自廷加廷加画派诞生之初便是最受喜爱的题材之一，因其色彩明丽、富有重复的节奏感"
                    "。拉希迪推出这一限量版，让更多人能以亲民的价格收藏这一风格的作品。每一种颜色都在姆文盖"
                    "的一间小工坊里手工刮印。",
                },
                "medium": "Chapa ya skrini",
                "materials": "Karatasi nzito, wino wa maji",
                "technique": "Uchapishaji kwa skrini kwa mkono, rangi tano",
                "dimensions_cm": [40, 50, 0],
                "weight_g": 70,
                "year": 2025,
                "edition": ["limited", 40],
                "stock": 27,
                "price": 18000000,
                "currency": "TZS",
                "pattern": "geometric",
                "palette": ["#ffbe0b", "#fb5607", "#ff006e", "#3a86ff", "#8338ec"],
            },
        ],
    },
    {
        "key": "karim-bennani",
        "name": "Karim Bennani",
        "email": "karim.bennani@demo.local",
        "country": "MA",
        "region": "Fès",
        "language": "fr",
        "disciplines": ["ceramics", "design", "craft"],
        "bio": {
            "fr": "Karim Bennani est céramiste et designer à Fès, fils d'un maître zelligeur du quartier "
            "des potiers d'Ain Nokbi. Il a étudié le design à Casablanca avant de revenir à l'atelier "
            "familial. Il conçoit des objets contemporains qui gardent les gestes, les émaux et la "
            "géométrie de la céramique fassie.",
            "en": "Karim Bennani is a ceramicist and designer in Fès, the son of a master zellige maker "
            "from the Ain Nokbi potters' quarter. He studied design in Casablanca before returning to the "
            "family workshop. He creates contemporary objects that keep the gestures, glazes and geometry "
            "of Fassi ceramics.",
            "sw": "Karim Bennani ni mfinyanzi na mbunifu wa Fès, mwana wa fundi mkuu wa zellige kutoka "
            "mtaa wa wafinyanzi wa Ain Nokbi. Alisomea ubunifu Casablanca kabla ya kurudi kwenye karakana "
            "ya familia. Anatengeneza vitu vya kisasa vinavyohifadhi mbinu za mikono, rangi za kung'aa na "
            "jiometri ya ufinyanzi wa Fès.",
            "zh": "卡里姆·本纳尼是非斯的陶艺家和设计师，父亲是艾因努克比陶匠区的一位泽利吉瓷砖大师。他曾在"
            "卡萨布兰卡学习设计，后回到家族作坊。他创作的当代器物，保留了非斯陶艺的手工技法、釉色与几何之美"
            "。",
        },
        "works": [
            {
                "category": "design",
                "title": {
                    "fr": "Table basse « Étoile à seize branches »",
                    "en": "Sixteen-Point Star Coffee Table",
                    "sw": "Meza ya Nyota ya Ncha Kumi na Sita",
                    "zh": "十六角星茶几",
                },
                "description": {
                    "fr": "Table basse ronde en zellige taillé à la main, sur piètement en fer forgé. "
                    "Plateau de 80 cm, à la surface légèrement irrégulière qui joue avec la lumière.",
                    "en": "A round coffee table in hand-cut zellige on a wrought-iron base. The top is 80 "
                    "cm across, with a slightly uneven surface that plays with the light.",
                    "sw": "Meza fupi ya duara ya zellige iliyokatwa kwa mkono, juu ya miguu ya chuma "
                    "kilichofuliwa. Sehemu ya juu ina kipenyo cha sentimita 80, na uso wake usio sawa "
                    "kabisa huchezea mwanga.",
                    "zh": "圆形茶几，桌面以手工切割的泽利吉瓷砖拼成，底座为锻铁。桌面直径80厘米，表面略有起"
                    "伏，随光影变幻。",
                },
                "story": {
                    "fr": "Le zellige fassi se compose de centaines de petites pièces d'argile émaillée, "
                    "taillées une à une au marteau puis assemblées face contre terre. L'étoile à seize "
                    "branches est un motif classique des médersas de Fès, où la géométrie évoque l'ordre "
                    "et l'infini. Karim a réduit la palette à trois émaux pour l'adapter aux intérieurs "
                    "d'aujourd'hui.",
                    "en": "Fassi zellige is made of hundreds of small glazed clay pieces, each cut with a "
                    "hammer and then assembled face down. The sixteen-point star is a classic motif of the "
                    "Fès madrasas, where geometry evokes order and the infinite. Karim reduced the palette "
                    "to three glazes to suit today's interiors.",
                    "sw": "Zellige ya Fès hutengenezwa kwa mamia ya vipande vidogo vya udongo uliopakwa "
                    "rangi ya kung'aa, kila kimoja kikikatwa kwa nyundo kisha kupangwa uso ukiangalia "
                    "chini. Nyota yenye ncha kumi na sita ni pambo la kawaida katika madrasa za Fès, "
                    "ambapo jiometri huashiria utaratibu na kutokuwa na mwisho. Karim alipunguza rangi "
                    "hadi tatu ili kazi ifae nyumba za leo.",
                    "zh": "非斯泽利吉由数百块上釉小陶片组成，每一块都用锤子逐一敲凿成形，再以釉面朝下的方式"
                    "拼合。十六角星是非斯古老经学院中的经典纹样，几何图案寓意秩序与无限。卡里姆将釉色精简为"
                    "三种，使之更契合当代居室。",
                },
                "medium": "Mobilier en zellige",
                "materials": "Terre cuite émaillée, fer forgé, mortier",
                "technique": "Zellige taillé et assemblé à la main",
                "dimensions_cm": [80, 42, 80],
                "weight_g": 28000,
                "year": 2024,
                "edition": "unique",
                "stock": 1,
                "price": 1450000,
                "currency": "MAD",
                "pattern": "mosaic",
                "palette": ["#0b6e4f", "#f4f1de", "#1d3557", "#c9a227"],
            },
            {
                "category": "ceramics",
                "title": {
                    "fr": "Bol « Bleu de Fès »",
                    "en": "Fès Blue Bowl",
                    "sw": "Bakuli la Buluu ya Fès",
                    "zh": "非斯蓝碗",
                },
                "description": {
                    "fr": "Bol en faïence tourné, au décor peint à la main en bleu de cobalt sur émail "
                    "blanc. Diamètre 18 cm, apte au contact alimentaire.",
                    "en": "A wheel-thrown earthenware bowl, hand-painted in cobalt blue on a white glaze. "
                    "18 cm across and food-safe.",
                    "sw": "Bakuli la udongo lililofinyangwa kwa gurudumu, lenye mapambo ya buluu ya "
                    "kobalti yaliyochorwa kwa mkono juu ya rangi nyeupe ya kung'aa. Lina kipenyo cha "
                    "sentimita 18 na ni salama kwa chakula.",
                    "zh": "拉坯成型的陶碗，白釉之上以钴蓝手绘纹饰。直径18厘米，可安全盛放食物。",
                },
                "story": {
                    "fr": "Le bleu de Fès, obtenu à partir de l'oxyde de cobalt, est depuis des siècles la "
                    "couleur emblématique de la poterie de la ville. Les motifs de ce bol reprennent les "
                    "entrelacs et les petites fleurs que les peintres d'Ain Nokbi tracent sans esquisse "
                    "préalable. Chaque pièce est peinte à main levée : aucune n'est tout à fait identique.",
                    "en": "Fès blue, made from cobalt oxide, has been the signature colour of the city's "
                    "pottery for centuries. The patterns on this bowl echo the interlacing and small "
                    "flowers that Ain Nokbi painters draw without any preliminary sketch. Each piece is "
                    "painted freehand, so no two are quite alike.",
                    "sw": "Buluu ya Fès, inayotokana na oksidi ya kobalti, imekuwa rangi maarufu ya vyombo "
                    "vya udongo vya mji huu kwa karne kadhaa. Mapambo ya bakuli hili yanafuata mistari "
                    "iliyofumana na maua madogo ambayo wachoraji wa Ain Nokbi huchora bila mchoro wa "
                    "awali. Kila kipande huchorwa kwa mkono huru, hivyo hakuna viwili vinavyofanana kabisa.",
                    "zh": "“非斯蓝”以氧化钴调制，数百年来一直是这座城市陶器的标志色彩。碗上的交织纹与小花图"
                    "案，沿袭了艾因努克比画师不打草稿、直接落笔的传统。每件均为徒手绘制，因此各有细微差别。",
                },
                "medium": "Céramique",
                "materials": "Argile de Fès, émail stannifère, oxyde de cobalt",
                "technique": "Tournage, peinture à main levée",
                "dimensions_cm": [18, 8, 18],
                "weight_g": 420,
                "year": 2025,
                "edition": "open",
                "stock": 30,
                "price": 38000,
                "currency": "MAD",
                "pattern": "porcelain",
                "palette": ["#1f4e9c", "#f7f7f2", "#4a7bd0", "#0d2a5c"],
            },
            {
                "category": "craft",
                "title": {
                    "fr": "Lanterne « Seffarine »",
                    "en": "Seffarine Lantern",
                    "sw": "Taa ya Seffarine",
                    "zh": "塞法林铜灯",
                },
                "description": {
                    "fr": "Lanterne suspendue en laiton ciselé et ajouré à la main, qui projette des "
                    "étoiles sur les murs. Hauteur 45 cm, livrée avec douille et câble.",
                    "en": "A hanging lantern in hand-chiselled, pierced brass that casts star patterns on "
                    "the walls. 45 cm tall, supplied with fitting and cable.",
                    "sw": "Taa ya kuning'iniza iliyotengenezwa kwa shaba ya njano iliyochongwa na "
                    "kutobolewa kwa mkono, inayotupa mifumo ya nyota ukutani. Urefu wa sentimita 45, "
                    "pamoja na soketi na waya.",
                    "zh": "手工錾刻镂空的黄铜吊灯，点亮后会在墙面投下星形光影。高45厘米，附灯座与电线。",
                },
                "story": {
                    "fr": "Dans le souk des dinandiers de Fès, place Seffarine, on martèle le cuivre et le "
                    "laiton depuis le Moyen Âge. Les artisans percent le métal au poinçon en suivant un "
                    "dessin géométrique tracé au compas. Karim a dessiné ce modèle avec un dinandier de la "
                    "place, en resserrant le motif pour une lumière plus douce.",
                    "en": "In the coppersmiths' souk of Fès, on Seffarine square, copper and brass have "
                    "been hammered since the Middle Ages. The smiths pierce the metal with a punch, "
                    "following a geometric design laid out with a compass. Karim drew this model with a "
                    "craftsman from the square, scaling the pattern down for a softer light.",
                    "sw": "Katika soko la mafundi wa shaba la Fès, kwenye uwanja wa Seffarine, shaba "
                    "imekuwa ikifuliwa tangu Zama za Kati. Mafundi hutoboa chuma kwa patasi ndogo "
                    "wakifuata mchoro wa kijiometri uliochorwa kwa bikari. Karim alibuni taa hii pamoja na "
                    "fundi mmoja wa uwanja huo, akipunguza ukubwa wa mifumo ili mwanga uwe laini zaidi.",
                    "zh": "在非斯的铜匠集市塞法林广场，敲铜打铜的声音自中世纪延续至今。匠人依照圆规绘制的几"
                    "何图样，用冲子在金属上逐一打孔。卡里姆与广场上的一位匠人共同设计了这盏灯，并缩小了纹样"
                    "尺度，让光线更为柔和。",
                },
                "medium": "Luminaire en laiton",
                "materials": "Laiton, verre, douille E27",
                "technique": "Ciselure et ajourage au poinçon",
                "dimensions_cm": [22, 45, 22],
                "weight_g": 1600,
                "year": 2024,
                "edition": ["limited", 20],
                "stock": 9,
                "price": 220000,
                "currency": "MAD",
                "pattern": "geometric",
                "palette": ["#b08d57", "#3e2c1c", "#f2d492", "#1a1a2e"],
            },
            {
                "category": "ceramics",
                "title": {
                    "fr": "Vase « Vert de Tamegroute »",
                    "en": "Tamegroute Green Vase",
                    "sw": "Chombo cha Kijani cha Tamegroute",
                    "zh": "塔姆格鲁特绿釉花瓶",
                },
                "description": {
                    "fr": "Vase haut en terre tournée, couvert d'un émail vert profond aux coulures "
                    "irrégulières. Hauteur 38 cm ; chaque cuisson donne une nuance unique.",
                    "en": "A tall wheel-thrown vase covered in a deep green glaze with irregular drips. 38 "
                    "cm high; each firing gives a unique shade.",
                    "sw": "Chombo kirefu cha maua kilichofinyangwa kwa gurudumu, kilichopakwa rangi ya "
                    "kijani kibichi ya kung'aa yenye michirizi isiyo sawa. Urefu wa sentimita 38; kila "
                    "uchomaji hutoa rangi ya kipekee.",
                    "zh": "高身拉坯陶瓶，覆以深绿色釉，釉泪自然流淌。高38厘米，每一窑烧出的色泽都独一无二。",
                },
                "story": {
                    "fr": "À Tamegroute, près de Zagora, les potiers façonnent depuis des siècles une "
                    "céramique vert sombre cuite au four à bois, liée à la célèbre zaouïa du village et à "
                    "sa bibliothèque. Karim a passé un hiver auprès d'une famille de potiers pour "
                    "comprendre cet émail au cuivre et au manganèse. Ce vase a été tourné à Fès mais "
                    "émaillé selon leur recette, avec leur accord.",
                    "en": "In Tamegroute, near Zagora, potters have for centuries made a dark green ware "
                    "fired in wood kilns, linked to the village's famous zawiya and its library. Karim "
                    "spent a winter with a potting family there to understand this copper and manganese "
                    "glaze. This vase was thrown in Fès but glazed to their recipe, with their agreement.",
                    "sw": "Huko Tamegroute, karibu na Zagora, wafinyanzi kwa karne nyingi wametengeneza "
                    "vyombo vya kijani kibichi vinavyochomwa kwenye tanuri za kuni, vinavyohusishwa na "
                    "zawiya maarufu ya kijiji na maktaba yake. Karim aliishi majira ya baridi na familia "
                    "moja ya wafinyanzi huko ili kuelewa rangi hii ya shaba na manganizi. Chombo hiki "
                    "kilifinyangwa Fès lakini kilipakwa rangi kwa kufuata fomula yao, kwa ridhaa yao.",
                    "zh": "在扎戈拉附近的塔姆格鲁特，陶匠们数百年来以柴窑烧制深绿色陶器，这一传统与当地著名"
                    "的扎维亚及其藏书馆渊源深厚。卡里姆曾在村中一户陶匠家庭度过一个冬天，学习这种以铜和锰调"
                    "配的釉料。此瓶在非斯拉坯成型，经该家庭同意，按其配方施釉。",
                },
                "medium": "Céramique",
                "materials": "Terre cuite, émail au cuivre et au manganèse",
                "technique": "Tournage, cuisson au four à bois",
                "dimensions_cm": [20, 38, 20],
                "weight_g": 2300,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 320000,
                "currency": "MAD",
                "pattern": "waves",
                "palette": ["#1e4d2b", "#3a7d44", "#0f2a16", "#a3b18a"],
            },
            {
                "category": "design",
                "title": {
                    "fr": "Dessous de verre « Khatam »",
                    "en": "Khatam Coasters",
                    "sw": "Vibao vya Vikombe vya Khatam",
                    "zh": "哈塔姆杯垫",
                },
                "description": {
                    "fr": "Lot de quatre dessous de verre en zellige sur fond de liège, chacun orné d'une "
                    "étoile à huit branches. 10 × 10 cm, faciles à entretenir.",
                    "en": "A set of four zellige coasters on cork backing, each with an eight-pointed "
                    "star. 10 × 10 cm and easy to care for.",
                    "sw": "Seti ya vibao vinne vya kuwekea vikombe vilivyotengenezwa kwa zellige juu ya "
                    "kizibo, kila kimoja kikiwa na nyota yenye ncha nane. Sentimita 10 kwa 10, rahisi "
                    "kutunza.",
                    "zh": "四件一套的泽利吉杯垫，底衬软木，每件饰有一枚八角星。尺寸10×10厘米，易于打理。",
                },
                "story": {
                    "fr": "Le khatam, étoile à huit branches formée de deux carrés superposés, est l'un "
                    "des motifs les plus répandus de l'art marocain, des fontaines aux portes. Ces dessous "
                    "de verre sont taillés dans les chutes de l'atelier, pour que rien ne se perde. C'est "
                    "souvent le premier motif qu'apprennent les apprentis zelligeurs.",
                    "en": "The khatam, an eight-pointed star made of two overlapping squares, is one of "
                    "the most widespread motifs in Moroccan art, from fountains to doors. These coasters "
                    "are cut from workshop offcuts so that nothing goes to waste. It is often the first "
                    "motif that apprentice zellige makers learn.",
                    "sw": "Khatam, nyota yenye ncha nane inayoundwa na miraba miwili iliyopishana, ni "
                    "mojawapo ya mapambo yanayoonekana sana katika sanaa ya Morocco, kuanzia chemchemi "
                    "hadi milango. Vibao hivi hukatwa kutoka kwa mabaki ya karakana ili kisipotee kitu. "
                    "Mara nyingi ni pambo la kwanza ambalo wanafunzi wa zellige hujifunza.",
                    "zh": "“哈塔姆”是由两个正方形交叠而成的八角星，从喷泉到门扉，是摩洛哥艺术中最常见的纹样"
                    "之一。这组杯垫取材于作坊的边角余料，物尽其用。这往往也是泽利吉学徒学会的第一个图案。",
                },
                "medium": "Objet en zellige",
                "materials": "Terre cuite émaillée, liège",
                "technique": "Zellige taillé à la main",
                "dimensions_cm": [10, 10, 1],
                "weight_g": 600,
                "year": 2025,
                "edition": "open",
                "stock": 40,
                "price": 4200,
                "currency": "EUR",
                "pattern": "geometric",
                "palette": ["#006d77", "#83c5be", "#edf6f9", "#e29578"],
            },
        ],
    },
    {
        "key": "kwabena-owusu-ansah",
        "name": "Kwabena Owusu-Ansah",
        "email": "kwabena.owusu-ansah@demo.local",
        "country": "GH",
        "region": "Kumasi, Ashanti Region",
        "language": "en",
        "disciplines": ["print", "photography"],
        "bio": {
            "en": "Kwabena Owusu-Ansah is a printmaker and photographer from Kumasi. He grew up near "
            "Ntonso, the village known for adinkra cloth, and later studied photography at KNUST. He "
            "photographs the crafts and markets of the Ashanti Region and prints with carved calabash "
            "stamps and natural dyes.",
            "fr": "Kwabena Owusu-Ansah est graveur et photographe, originaire de Kumasi. Il a grandi près "
            "de Ntonso, le village réputé pour le tissu adinkra, puis a étudié la photographie à la KNUST. "
            "Il photographie l'artisanat et les marchés de la région Ashanti, et imprime avec des tampons "
            "en calebasse sculptée et des teintures naturelles.",
            "sw": "Kwabena Owusu-Ansah ni mchapaji na mpiga picha kutoka Kumasi. Alikulia karibu na "
            "Ntonso, kijiji kinachojulikana kwa kitambaa cha adinkra, kisha akasomea upigaji picha katika "
            "chuo kikuu cha KNUST. Anapiga picha za ufundi na masoko ya eneo la Ashanti, na huchapisha kwa "
            "mihuri ya vibuyu iliyochongwa na rangi za asili.",
            "zh": "夸贝纳·奥乌苏-安萨是来自库马西的版画家和摄影师。他在以阿丁克拉布闻名的恩通索村附近长大，"
            "后于夸梅·恩克鲁玛科技大学学习摄影。他用镜头记录阿散蒂地区的手工艺与市集，并以雕刻葫芦印章和天"
            "然染料进行拓印创作。",
        },
        "works": [
            {
                "category": "print",
                "title": {
                    "en": "Sankofa, Go Back and Get It",
                    "fr": "Sankofa, retourne le chercher",
                    "sw": "Sankofa, Rudi Ukachukue",
                    "zh": "桑科法：回首拾取",
                },
                "description": {
                    "en": "A hand-stamped print on cotton rag paper, a grid of Sankofa symbols in dark "
                    "adinkra dye. Each sheet shows small variations in pressure and tone.",
                    "fr": "Une estampe tamponnée à la main sur papier chiffon de coton : une grille de "
                    "symboles Sankofa à la teinture adinkra sombre. Chaque feuille présente de légères "
                    "variations de pression et de ton.",
                    "sw": "Chapa iliyopigwa kwa mkono kwenye karatasi ya pamba, yenye safu za alama za "
                    "Sankofa kwa rangi nyeusi ya adinkra. Kila karatasi ina tofauti ndogo za shinikizo na "
                    "rangi.",
                    "zh": "在棉浆纸上手工拓印的版画，以深色阿丁克拉染料排列出“桑科法”符号方阵。每一张的压痕"
                    "与色调都有细微差异。",
                },
                "story": {
                    "en": "Sankofa, often drawn as a bird looking back over its shoulder, reminds Akan "
                    "people that it is no shame to return for what was forgotten. In Ntonso the dye is "
                    "made by boiling the bark of the badie tree for days until it turns thick and black. "
                    "Kwabena carves his own calabash stamps and buys his dye from a family that has made "
                    "it for generations.",
                    "fr": "Sankofa, souvent représenté par un oiseau qui tourne la tête vers l'arrière, "
                    "rappelle aux Akan qu'il n'y a pas de honte à revenir chercher ce qu'on a oublié. À "
                    "Ntonso, la teinture s'obtient en faisant bouillir l'écorce de l'arbre badie pendant "
                    "des jours, jusqu'à ce qu'elle devienne épaisse et noire. Kwabena sculpte lui-même ses "
                    "tampons en calebasse et achète la teinture à une famille qui la prépare depuis des "
                    "générations.",
                    "sw": "Sankofa, ambayo mara nyingi huchorwa kama ndege anayegeuka kutazama nyuma, "
                    "inawakumbusha Waakan kwamba si aibu kurudi kuchukua kilichosahaulika. Huko Ntonso, "
                    "rangi hutengenezwa kwa kuchemsha maganda ya mti wa badie kwa siku kadhaa hadi maji "
                    "yawe mazito na meusi. Kwabena huchonga mihuri yake mwenyewe kutoka kwa vibuyu na "
                    "hununua rangi kwa familia ambayo imeitengeneza kwa vizazi.",
                    "zh": "“桑科法”常被描绘为一只回首的鸟，提醒阿坎人：回头拾起被遗忘之物，并不可耻。在恩通"
                    "索，染料以巴迪树皮连续熬煮数日，直至浓稠乌黑。夸贝纳亲手雕刻葫芦印章，染料则购自一个世"
                    "代熬制的家族。",
                },
                "medium": "Adinkra stamp print on paper",
                "materials": "Cotton rag paper, badie bark dye",
                "technique": "Hand stamping with carved calabash",
                "dimensions_cm": [50, 70, 0],
                "weight_g": 45,
                "year": 2024,
                "edition": ["limited", 20],
                "stock": 14,
                "price": 120000,
                "currency": "GHS",
                "pattern": "geometric",
                "palette": ["#1b1b1b", "#f5efe0", "#6b4f3a", "#c2a878"],
            },
            {
                "category": "textile",
                "title": {
                    "en": "Ram's Horns",
                    "fr": "Cornes de bélier",
                    "sw": "Pembe za Kondoo Dume",
                    "zh": "公羊之角",
                },
                "description": {
                    "en": "A length of cotton cloth hand-stamped with the Dwennimmen symbol, in rows "
                    "divided by comb-drawn lines. It can be worn or hung on a wall.",
                    "fr": "Un métrage de coton tamponné à la main du symbole Dwennimmen, en rangées "
                    "séparées par des lignes tracées au peigne. Il se porte ou s'accroche au mur.",
                    "sw": "Kitambaa cha pamba kilichopigwa mihuri kwa mkono kwa alama ya Dwennimmen, "
                    "katika safu zilizotenganishwa na mistari iliyochorwa kwa kitana. Kinaweza kuvaliwa au "
                    "kutundikwa ukutani.",
                    "zh": "一段手工拓印“德文尼门”符号的棉布，图案成排，以梳齿划出的线条分隔。可穿着，亦可作"
                    "挂饰。",
                },
                "story": {
                    "en": "Dwennimmen, the ram's horns, stands for strength joined with humility: the ram "
                    "fights fiercely but submits when it must. Adinkra cloth was once worn mainly at "
                    "funerals, and its dark shades still mark mourning among the Asante. Kwabena printed "
                    "this piece on a brighter ground, as many Kumasi families now wear it for celebrations "
                    "too.",
                    "fr": "Dwennimmen, les cornes de bélier, symbolise la force alliée à l'humilité : le "
                    "bélier se bat avec ardeur mais sait se soumettre quand il le faut. Le tissu adinkra "
                    "était autrefois porté surtout lors des funérailles, et ses teintes sombres marquent "
                    "encore le deuil chez les Asante. Kwabena a choisi un fond plus clair, car de "
                    "nombreuses familles de Kumasi le portent aujourd'hui aussi pour les fêtes.",
                    "sw": "Dwennimmen, pembe za kondoo dume, huashiria nguvu inayoambatana na unyenyekevu: "
                    "kondoo dume hupigana kwa ukali lakini hunyenyekea inapobidi. Zamani kitambaa cha "
                    "adinkra kilivaliwa hasa kwenye mazishi, na rangi zake nzito bado huashiria maombolezo "
                    "kwa Waasante. Kwabena alitumia rangi ya msingi angavu zaidi, kwa kuwa familia nyingi "
                    "za Kumasi sasa hukivaa pia kwenye sherehe.",
                    "zh": "“德文尼门”意为公羊之角，象征刚柔并济：公羊争斗时勇猛，该低头时也懂得谦让。阿丁克"
                    "拉布过去主要在葬礼上穿着，深沉的色调至今仍是阿散蒂人服丧的标志。夸贝纳选用了更明亮的底"
                    "色，因为如今许多库马西家庭在喜庆场合也会穿它。",
                },
                "medium": "Adinkra stamped cloth",
                "materials": "Cotton, badie bark dye",
                "technique": "Hand stamping, comb-ruled grid",
                "dimensions_cm": [110, 200, 0],
                "weight_g": 380,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 350000,
                "currency": "GHS",
                "pattern": "mudcloth",
                "palette": ["#d9a441", "#2b2118", "#8a3b12", "#f2e3c6"],
            },
            {
                "category": "photography",
                "title": {
                    "en": "The Weaver of Bonwire",
                    "fr": "Le tisserand de Bonwire",
                    "sw": "Mfumaji wa Bonwire",
                    "zh": "邦维尔的织工",
                },
                "description": {
                    "en": "A colour photograph of a kente weaver at his narrow loom, his hands blurred "
                    "with movement. Archival pigment print on matte paper, signed on the back.",
                    "fr": "Une photographie couleur d'un tisserand de kente à son métier étroit, les mains "
                    "floues dans le mouvement. Tirage pigmentaire d'archive sur papier mat, signé au dos.",
                    "sw": "Picha ya rangi ya mfumaji wa kente kwenye kifaa chake chembamba cha kufumia, "
                    "mikono yake ikiwa na ukungu wa mwendo. Imechapishwa kwa wino wa kudumu kwenye "
                    "karatasi isiyong'aa na kusainiwa nyuma.",
                    "zh": "一幅彩色摄影，记录一位肯特布织工坐在窄幅织机前的身影，双手因快速动作而模糊。无酸"
                    "颜料输出于哑光纸，背面签名。",
                },
                "story": {
                    "en": "Bonwire, near Kumasi, is one of the historic centres of Asante kente, woven in "
                    "narrow strips that are later sewn together. Patterns have names and meanings, and "
                    "some were once reserved for the Asantehene's court. Kwabena spent three weeks with "
                    "the weaver's family before taking this picture.",
                    "fr": "Bonwire, près de Kumasi, est l'un des foyers historiques du kente asante, tissé "
                    "en bandes étroites ensuite cousues entre elles. Les motifs portent des noms et des "
                    "significations, et certains étaient autrefois réservés à la cour de l'Asantehene. "
                    "Kwabena a passé trois semaines avec la famille du tisserand avant de prendre cette "
                    "photo.",
                    "sw": "Bonwire, karibu na Kumasi, ni mojawapo ya vituo vya kihistoria vya kente ya "
                    "Kiasante, inayofumwa kwa vipande vyembamba ambavyo baadaye hushonwa pamoja. Mifumo "
                    "ina majina na maana, na baadhi yake zamani ilitengwa kwa ajili ya baraza la "
                    "Asantehene pekee. Kwabena aliishi wiki tatu na familia ya mfumaji kabla ya kupiga "
                    "picha hii.",
                    "zh": "库马西附近的邦维尔是阿散蒂肯特布的历史发源地之一，布料先织成窄条，再缝合成整幅。"
                    "每种图案都有名称与寓意，其中一些过去专供阿散蒂国王的宫廷使用。夸贝纳在织工家中住了三个"
                    "星期，才按下这次快门。",
                },
                "medium": "Photograph",
                "materials": "Archival pigment print, matte cotton paper",
                "technique": "Digital photography, fine art print",
                "dimensions_cm": [60, 40, 0],
                "weight_g": 90,
                "year": 2022,
                "edition": ["limited", 15],
                "stock": 7,
                "price": 480000,
                "currency": "GHS",
                "pattern": "kente",
                "palette": ["#f2c200", "#00843d", "#c8102e", "#111111"],
            },
            {
                "category": "photography",
                "title": {
                    "en": "Kejetia at Noon",
                    "fr": "Kejetia à midi",
                    "sw": "Kejetia Saa Sita Mchana",
                    "zh": "正午的凯杰蒂亚",
                },
                "description": {
                    "en": "A high-angle photograph of Kejetia market, a mosaic of umbrellas, head-loads "
                    "and tin roofs. Large-format pigment print, mounted on aluminium.",
                    "fr": "Une photographie en plongée du marché de Kejetia, mosaïque de parasols, de "
                    "charges portées sur la tête et de toits de tôle. Tirage pigmentaire grand format, "
                    "contrecollé sur aluminium.",
                    "sw": "Picha iliyopigwa kutoka juu ya soko la Kejetia, mchanganyiko wa miavuli, mizigo "
                    "vichwani na mapaa ya bati. Imechapishwa kwa ukubwa mkubwa na kubandikwa kwenye "
                    "alumini.",
                    "zh": "从高处俯拍的凯杰蒂亚市场：遮阳伞、头顶货物的行人与铁皮屋顶交织成一幅马赛克。大幅"
                    "颜料输出，裱于铝板之上。",
                },
                "story": {
                    "en": "Kejetia, in the heart of Kumasi, is one of the largest markets in West Africa, "
                    "where traders from across Ghana and neighbouring countries meet. Much of its business "
                    "is run by market queens, women who lead each commodity section and settle disputes. "
                    "Kwabena took this picture from a neighbouring rooftop with the permission of the "
                    "cloth sellers' queen.",
                    "fr": "Kejetia, au cœur de Kumasi, est l'un des plus grands marchés d'Afrique de "
                    "l'Ouest, où se croisent des commerçants de tout le Ghana et des pays voisins. Une "
                    "grande partie du commerce y est organisée par les reines du marché, des femmes qui "
                    "dirigent chaque filière et règlent les différends. Kwabena l'a photographié depuis un "
                    "toit voisin, avec l'accord de la reine des vendeuses de tissu.",
                    "sw": "Kejetia, katikati ya Kumasi, ni mojawapo ya masoko makubwa zaidi Afrika "
                    "Magharibi, ambapo wafanyabiashara kutoka kote Ghana na nchi jirani hukutana. Sehemu "
                    "kubwa ya biashara yake huongozwa na malkia wa soko, wanawake wanaosimamia kila sehemu "
                    "ya bidhaa na kusuluhisha migogoro. Kwabena alipiga picha hii kutoka paa la jengo "
                    "jirani kwa ruhusa ya malkia wa wauzaji wa vitambaa.",
                    "zh": "凯杰蒂亚位于库马西市中心，是西非最大的市场之一，来自加纳各地乃至邻国的商贩在此云"
                    "集。市场的大部分事务由“市场女王”打理，她们分管各类商品区，并调解纠纷。夸贝纳征得布匹商"
                    "贩女王的同意后，从邻近的屋顶拍下了这幅作品。",
                },
                "medium": "Photograph",
                "materials": "Archival pigment print, aluminium mount",
                "technique": "Digital photography, fine art print",
                "dimensions_cm": [100, 67, 1],
                "weight_g": 2100,
                "year": 2024,
                "edition": ["limited", 10],
                "stock": 4,
                "price": 95000,
                "currency": "USD",
                "pattern": "mosaic",
                "palette": ["#e63946", "#f1c453", "#457b9d", "#a8dadc", "#6d6875"],
            },
            {
                "category": "other",
                "title": {
                    "en": "Adinkra Calabash Stamp Set",
                    "fr": "Coffret de tampons adinkra en calebasse",
                    "sw": "Seti ya Mihuri ya Adinkra ya Vibuyu",
                    "zh": "阿丁克拉葫芦印章套装",
                },
                "description": {
                    "en": "Three hand-carved calabash stamps with bamboo handles (Gye Nyame, Sankofa and "
                    "Nkyinkyim), packed in a woven box. Ready to use with fabric ink or traditional dye.",
                    "fr": "Trois tampons en calebasse sculptés à la main, à manches en bambou (Gye Nyame, "
                    "Sankofa et Nkyinkyim), présentés dans une boîte tressée. Prêts à l'emploi avec de "
                    "l'encre textile ou la teinture traditionnelle.",
                    "sw": "Seti ya mihuri mitatu ya vibuyu iliyochongwa kwa mkono, yenye mipini ya mianzi "
                    "(Gye Nyame, Sankofa na Nkyinkyim), ndani ya sanduku lililosukwa. Iko tayari kutumika "
                    "na wino wa kitambaa au rangi ya jadi.",
                    "zh": "三枚手工雕刻的葫芦印章，配竹制手柄，图案分别为“唯神至上”“桑科法”和“恩钦钦”，装于"
                    "编织盒中。可搭配织物油墨或传统染料直接使用。",
                },
                "story": {
                    "en": "Adinkra stamps are cut from pieces of calabash shell, with small sticks fixed "
                    "to the back as handles. Gye Nyame, 'except God', is perhaps the most widely seen "
                    "symbol in Ghana, and Nkyinkyim, the twisting path, speaks of resourcefulness on "
                    "life's journey. Kwabena makes these sets so that anyone can try printing with the "
                    "same tools used in Ntonso.",
                    "fr": "Les tampons adinkra sont taillés dans des morceaux de calebasse, avec de petits "
                    "bâtons fixés au dos en guise de poignée. Gye Nyame, « sauf Dieu », est sans doute le "
                    "symbole le plus visible au Ghana, et Nkyinkyim, le chemin sinueux, évoque "
                    "l'ingéniosité face aux détours de la vie. Kwabena fabrique ces coffrets pour que "
                    "chacun puisse imprimer avec les mêmes outils qu'à Ntonso.",
                    "sw": "Mihuri ya adinkra huchongwa kutoka vipande vya ganda la kibuyu, na vijiti "
                    "vidogo hufungwa nyuma kama mipini. Gye Nyame, yaani 'isipokuwa Mungu', huenda ndiyo "
                    "alama inayoonekana zaidi nchini Ghana, na Nkyinkyim, njia inayopindapinda, "
                    "inazungumzia ubunifu katika safari ya maisha. Kwabena hutengeneza seti hizi ili "
                    "wageni waweze kujaribu kuchapisha kwa vifaa vile vile vinavyotumika Ntonso.",
                    "zh": "阿丁克拉印章以葫芦壳切块雕成，背面固定小木棍作为手柄。“唯神至上”（Gye Nyame）或"
                    "许是加纳最常见的符号；“恩钦钦”（Nkyinkyim）意为曲折之路，象征在人生旅途中随机应变。夸"
                    "贝纳制作这些套装，让人们能用与恩通索相同的工具亲手拓印。",
                },
                "medium": "Carved calabash stamps",
                "materials": "Calabash, bamboo, woven raffia box",
                "technique": "Hand carving",
                "dimensions_cm": [25, 8, 15],
                "weight_g": 350,
                "year": 2025,
                "edition": "open",
                "stock": 18,
                "price": 65000,
                "currency": "GHS",
                "pattern": "geometric",
                "palette": ["#c9a66b", "#5c4033", "#efe6d2", "#2f2f2f"],
            },
        ],
    },
    {
        "key": "nomvula-khumalo",
        "name": "Nomvula Khumalo",
        "email": "nomvula.khumalo@demo.local",
        "country": "ZA",
        "region": "Durban, KwaZulu-Natal",
        "language": "en",
        "disciplines": ["jewellery", "digital_art", "craft"],
        "bio": {
            "en": "Nomvula Khumalo is a Durban artist who works with Zulu beadwork, woven wire and digital "
            "illustration. She learned beading from her grandmother in Msinga and now runs a small studio "
            "where she collaborates with older craftswomen. Her digital work imagines Zulu patterns moving "
            "through future cities.",
            "fr": "Nomvula Khumalo est une artiste de Durban qui travaille le perlage zoulou, le fil "
            "tressé et l'illustration numérique. Elle a appris le perlage auprès de sa grand-mère à Msinga "
            "et dirige aujourd'hui un petit atelier où elle collabore avec des artisanes plus âgées. Son "
            "travail numérique imagine les motifs zoulous traversant les villes de demain.",
            "sw": "Nomvula Khumalo ni msanii wa Durban anayefanya kazi na ushanga wa Kizulu, waya "
            "uliosukwa na michoro ya kidijitali. Alijifunza kutunga shanga kutoka kwa bibi yake huko "
            "Msinga, na sasa anaendesha studio ndogo ambako anashirikiana na mafundi wanawake wazee. Kazi "
            "zake za kidijitali zinawazia mifumo ya Kizulu ikipita katika miji ya siku zijazo.",
            "zh": "农武拉·库马洛是德班的艺术家，创作涉及祖鲁串珠、金属线编织与数字插画。她在姆辛加随祖母学"
            "习串珠，如今经营一间小工作室，与年长的手工艺妇女合作。她的数字作品想象祖鲁纹样在未来城市中流动"
            "的景象。",
        },
        "works": [
            {
                "category": "jewellery",
                "title": {
                    "en": "Love Letter Necklace",
                    "fr": "Collier « Lettre d'amour »",
                    "sw": "Mkufu wa Barua ya Mapenzi",
                    "zh": "情书项链",
                },
                "description": {
                    "en": "A flat necklace in glass seed beads, with a square panel at the front and a "
                    "fine double strand. Light on the neck, with a brass clasp.",
                    "fr": "Un collier plat en perles de rocaille, avec un panneau carré sur le devant et "
                    "un fin double rang. Léger à porter, fermoir en laiton.",
                    "sw": "Mkufu bapa wa shanga ndogo za kioo, wenye kipande cha mraba mbele na safu mbili "
                    "nyembamba za shanga. Ni mwepesi shingoni, na una kifungo cha shaba.",
                    "zh": "扁平串珠项链，以玻璃米珠串成，正面为方形珠片，配细巧双股珠链。佩戴轻盈，黄铜搭扣"
                    "。",
                },
                "story": {
                    "en": "In Zulu tradition, beaded panels sometimes called incwadi, 'letters', let young "
                    "women send messages through colour and shape. Meanings differ between regions, so a "
                    "colour that speaks of love in one valley may mean something else in the next. This "
                    "piece follows the Msinga colour order Nomvula learned as a child.",
                    "fr": "Dans la tradition zouloue, les panneaux perlés parfois appelés incwadi, « "
                    "lettres », permettent aux jeunes femmes d'envoyer des messages par la couleur et la "
                    "forme. Les significations varient d'une région à l'autre : une couleur qui parle "
                    "d'amour dans une vallée peut dire tout autre chose dans la suivante. Cette pièce suit "
                    "l'ordre des couleurs de Msinga que Nomvula a appris enfant.",
                    "sw": "Katika utamaduni wa Kizulu, vipande vya shanga vinavyoitwa wakati mwingine "
                    "incwadi, yaani 'barua', huwawezesha wasichana kutuma ujumbe kupitia rangi na maumbo. "
                    "Maana hutofautiana kati ya maeneo, kwa hiyo rangi inayozungumzia upendo katika bonde "
                    "moja inaweza kumaanisha jambo jingine katika bonde jirani. Kazi hii inafuata "
                    "mpangilio wa rangi wa Msinga ambao Nomvula alijifunza akiwa mtoto.",
                    "zh": "在祖鲁传统中，有一种被称为“因夸迪”（incwadi，意为“信”）的串珠饰片，年轻女性借助"
                    "颜色与形状传递心意。各地的解读不尽相同，在这个山谷象征爱情的颜色，到了邻谷可能另有所指"
                    "。这件作品沿用了农武拉儿时学到的姆辛加配色顺序。",
                },
                "medium": "Beaded jewellery",
                "materials": "Glass seed beads, nylon thread, brass clasp",
                "technique": "Hand beading, brick stitch",
                "dimensions_cm": [14, 28, 1],
                "weight_g": 45,
                "year": 2024,
                "edition": ["limited", 8],
                "stock": 3,
                "price": 145000,
                "currency": "ZAR",
                "pattern": "beads",
                "palette": ["#ffffff", "#c1121f", "#003049", "#f4a261", "#2a9d8f"],
            },
            {
                "category": "jewellery",
                "title": {
                    "en": "Sunrise Hoop Earrings",
                    "fr": "Créoles « Lever du jour »",
                    "sw": "Hereni za Pete za Macheo",
                    "zh": "日出圆环耳环",
                },
                "description": {
                    "en": "Beaded hoop earrings, 5 cm across, wrapped in bands of orange, yellow and white "
                    "seed beads. Light enough to wear all day, on stainless steel hooks.",
                    "fr": "Créoles perlées de 5 cm de diamètre, enroulées de bandes de perles orange, "
                    "jaunes et blanches. Assez légères pour être portées toute la journée, crochets en "
                    "acier inoxydable.",
                    "sw": "Hereni za duara za shanga zenye kipenyo cha sentimita 5, zilizozungushiwa "
                    "mistari ya shanga za rangi ya chungwa, njano na nyeupe. Ni nyepesi kuvaliwa siku "
                    "nzima, na zina kulabu za chuma cha pua.",
                    "zh": "直径5厘米的串珠圆环耳环，缠绕着橙、黄、白三色米珠。轻巧舒适，可全天佩戴，配不锈"
                    "钢耳钩。",
                },
                "story": {
                    "en": "These earrings are made by a group of five grandmothers in Msinga who bead "
                    "together on Thursday mornings. Nomvula designs the colour bands, and the group sets "
                    "its own pace and its price per pair. The sunrise palette recalls the early walks to "
                    "fetch water that the women still talk about.",
                    "fr": "Ces créoles sont réalisées par un groupe de cinq grands-mères de Msinga qui "
                    "perlent ensemble le jeudi matin. Nomvula dessine les bandes de couleur, et le groupe "
                    "fixe son propre rythme et son prix par paire. La palette du lever du jour rappelle "
                    "les marches matinales pour aller chercher l'eau, dont ces femmes parlent encore.",
                    "sw": "Hereni hizi hutengenezwa na kikundi cha bibi watano wa Msinga wanaotunga shanga "
                    "pamoja kila Alhamisi asubuhi. Nomvula hubuni mistari ya rangi, na kikundi huamua kasi "
                    "yake ya kazi na bei ya kila jozi. Rangi za macheo zinakumbusha safari za alfajiri za "
                    "kuchota maji ambazo wanawake hao bado huzizungumzia.",
                    "zh": "这对耳环由姆辛加的五位祖母共同制作，她们每周四上午聚在一起串珠。农武拉负责设计色"
                    "带，制作节奏和每副的价格则由小组自行决定。日出般的配色，让人想起她们至今仍常谈起的黎明"
                    "挑水之路。",
                },
                "medium": "Beaded jewellery",
                "materials": "Glass seed beads, brass hoops, stainless steel hooks",
                "technique": "Wrapped beading",
                "dimensions_cm": [5, 7, 1],
                "weight_g": 12,
                "year": 2025,
                "edition": "open",
                "stock": 35,
                "price": 58000,
                "currency": "ZAR",
                "pattern": "beads",
                "palette": ["#f77f00", "#fcbf49", "#ffffff", "#d62828"],
            },
            {
                "category": "craft",
                "title": {
                    "en": "Imbenge Wire Bowl",
                    "fr": "Coupe imbenge en fil",
                    "sw": "Bakuli la Waya la Imbenge",
                    "zh": "伊姆本格电话线编碗",
                },
                "description": {
                    "en": "A shallow bowl coiled from coloured telephone wire in a spiral of zigzags and "
                    "triangles. Rigid, washable and 30 cm across.",
                    "fr": "Une coupe peu profonde tressée en spirale avec des fils téléphoniques colorés, "
                    "ornée de zigzags et de triangles. Rigide, lavable, 30 cm de diamètre.",
                    "sw": "Bakuli lenye kina kifupi lililosukwa kwa waya za simu za rangi, likiwa na "
                    "mzunguko wa mistari ya zigizaga na pembetatu. Ni gumu, linaweza kuoshwa, na lina "
                    "kipenyo cha sentimita 30.",
                    "zh": "浅口碗，以彩色电话线盘绕编成，螺旋中排列着锯齿纹和三角纹。质地坚挺，可清洗，直径"
                    "30厘米。",
                },
                "story": {
                    "en": "The imbenge was originally a woven grass cover for the clay beer pot, ukhamba. "
                    "Around Durban, night watchmen began weaving the same forms with offcuts of telephone "
                    "wire, and a new craft was born. Nomvula works with a master weaver from KwaMashu who "
                    "still uses the old coiling method.",
                    "fr": "L'imbenge était à l'origine un couvercle en herbe tressée posé sur la jarre à "
                    "bière en terre, l'ukhamba. Dans la région de Durban, des veilleurs de nuit ont "
                    "commencé à tresser les mêmes formes avec des chutes de fil téléphonique, donnant "
                    "naissance à un nouvel artisanat. Nomvula travaille avec un maître vannier de KwaMashu "
                    "qui pratique encore l'ancienne technique en spirale.",
                    "sw": "Imbenge awali kilikuwa kifuniko kilichosukwa kwa nyasi kwa ajili ya chungu cha "
                    "udongo cha pombe, ukhamba. Katika eneo la Durban, walinzi wa usiku walianza kusuka "
                    "maumbo hayo hayo kwa mabaki ya waya za simu, na ufundi mpya ukazaliwa. Nomvula "
                    "anafanya kazi na fundi mkuu wa kusuka kutoka KwaMashu ambaye bado anatumia mbinu ya "
                    "zamani ya kuzungusha.",
                    "zh": "“伊姆本格”原本是用草编成的盖子，用来覆盖名为“乌坎巴”的陶制啤酒罐。在德班一带，夜"
                    "间看守人开始用电话线余料编出同样的器形，一门新的手艺由此诞生。农武拉与来自夸马舒的一位"
                    "编织大师合作，他至今仍沿用传统的盘绕技法。",
                },
                "medium": "Woven wire",
                "materials": "Recycled telephone wire, steel wire frame",
                "technique": "Coiling (imbenge weave)",
                "dimensions_cm": [30, 8, 30],
                "weight_g": 650,
                "year": 2023,
                "edition": "unique",
                "stock": 1,
                "price": 280000,
                "currency": "ZAR",
                "pattern": "geometric",
                "palette": ["#e63946", "#ffb703", "#219ebc", "#023047", "#fb8500"],
            },
            {
                "category": "digital_art",
                "title": {
                    "en": "Shweshwe Orbit",
                    "fr": "Orbite shweshwe",
                    "sw": "Mzunguko wa Shweshwe",
                    "zh": "舍威舍威轨道",
                },
                "description": {
                    "en": "A digital artwork of a young woman floating above Durban harbour, her dress "
                    "built from shweshwe prints and beadwork. Delivered as a high-resolution file for "
                    "printing up to 60 × 90 cm.",
                    "fr": "Une œuvre numérique montrant une jeune femme qui flotte au-dessus du port de "
                    "Durban, vêtue d'une robe faite de motifs shweshwe et de perlage. Fichier haute "
                    "résolution, imprimable jusqu'à 60 × 90 cm.",
                    "sw": "Kazi ya sanaa ya kidijitali inayomwonyesha msichana akielea juu ya bandari ya "
                    "Durban, vazi lake likiwa limeundwa kwa mifumo ya shweshwe na ushanga. Hutolewa kama "
                    "faili ya ubora wa juu inayofaa kuchapishwa hadi sentimita 60 kwa 90.",
                    "zh": "一件数字艺术作品，描绘一位少女悬浮于德班港上空，她的衣裙由舍威舍威印花与串珠拼成"
                    "。以高分辨率文件交付，可打印至60×90厘米。",
                },
                "story": {
                    "en": "Shweshwe is an indigo-dyed, discharge-printed cotton that came to South Africa "
                    "with European traders and became a staple of Xhosa, Sotho and Zulu dress. Nomvula "
                    "scans fabric from her mother's wardrobe and rebuilds the patterns pixel by pixel. The "
                    "work imagines heritage cloth as something that travels forward, not only back.",
                    "fr": "Le shweshwe est un coton teint à l'indigo et imprimé par enlevage, arrivé en "
                    "Afrique du Sud avec les commerçants européens avant de devenir un pilier des tenues "
                    "xhosa, sotho et zouloues. Nomvula numérise des tissus de la garde-robe de sa mère et "
                    "en reconstruit les motifs pixel par pixel. L'œuvre imagine l'étoffe héritée comme une "
                    "chose qui avance, et pas seulement comme un souvenir.",
                    "sw": "Shweshwe ni kitambaa cha pamba kilichotiwa rangi ya nili na kuchapishwa kwa "
                    "mbinu ya kuondoa rangi; kiliingia Afrika Kusini kupitia wafanyabiashara wa Ulaya na "
                    "kuwa sehemu muhimu ya mavazi ya Waxhosa, Wasotho na Wazulu. Nomvula huskani vitambaa "
                    "kutoka kabatini mwa mama yake na kujenga upya mifumo yake pikseli kwa pikseli. Kazi "
                    "hii inawazia kitambaa cha urithi kama kitu kinachosafiri mbele, si nyuma tu.",
                    "zh": "舍威舍威是一种以靛蓝染色、拔染印花的棉布，随欧洲商人传入南非，后来成为科萨、索托"
                    "和祖鲁服饰的重要面料。农武拉扫描母亲衣柜里的布料，再逐像素重构其纹样。作品把传承的布料"
                    "想象成向前行进之物，而不只是回望过去。",
                },
                "medium": "Digital illustration",
                "materials": "Digital file (TIFF, 300 dpi)",
                "technique": "Scanned textile, digital painting",
                "dimensions_cm": [60, 90, 0],
                "weight_g": 0,
                "year": 2025,
                "edition": ["limited", 50],
                "stock": 42,
                "price": 12000,
                "currency": "USD",
                "pattern": "waves",
                "palette": ["#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e76f51"],
            },
            {
                "category": "digital_art",
                "title": {
                    "en": "Warwick After Dark",
                    "fr": "Warwick à la nuit tombée",
                    "sw": "Warwick Usiku",
                    "zh": "入夜的沃里克",
                },
                "description": {
                    "en": "A digital illustration of Durban's Warwick Junction markets at night, lit by "
                    "neon beadwork patterns. Open-edition file, sized for printing up to 40 × 50 cm.",
                    "fr": "Une illustration numérique des marchés de Warwick Junction, à Durban, la nuit, "
                    "éclairés par des motifs de perlage aux couleurs néon. Fichier en édition ouverte, "
                    "imprimable jusqu'à 40 × 50 cm.",
                    "sw": "Mchoro wa kidijitali wa masoko ya Warwick Junction ya Durban usiku, yakimulikwa "
                    "na mifumo ya shanga ya rangi za neon. Faili ya toleo huria, inayofaa kuchapishwa hadi "
                    "sentimita 40 kwa 50.",
                    "zh": "一幅数字插画，描绘夜晚的德班沃里克交汇处市场，霓虹色的串珠纹样将其点亮。开放版文"
                    "件，可打印至40×50厘米。",
                },
                "story": {
                    "en": "Warwick Junction brings together several markets, from medicinal plants to "
                    "beadwork and cooked bovine heads, and thousands of traders work there every day. Many "
                    "of the beadworkers Nomvula knows sell there, and she drew their stalls from memory. "
                    "Part of each sale goes to a local traders' association.",
                    "fr": "Warwick Junction réunit plusieurs marchés, des plantes médicinales au perlage "
                    "en passant par les têtes de bœuf cuites, et des milliers de commerçants y travaillent "
                    "chaque jour. Beaucoup des perleuses que connaît Nomvula y vendent, et elle a dessiné "
                    "leurs étals de mémoire. Une part de chaque vente est reversée à une association "
                    "locale de commerçants.",
                    "sw": "Warwick Junction inakusanya masoko kadhaa, kuanzia mimea ya dawa hadi shanga na "
                    "vichwa vya ng'ombe vilivyopikwa, na maelfu ya wafanyabiashara hufanya kazi huko kila "
                    "siku. Watunga shanga wengi anaowajua Nomvula huuza huko, na alichora vibanda vyao "
                    "kutokana na kumbukumbu. Sehemu ya kila mauzo hupelekwa kwa chama cha wafanyabiashara "
                    "wa eneo hilo.",
                    "zh": "沃里克交汇处汇集了多个市场，从药用植物、串珠饰品到炖牛头应有尽有，每天有数千名商"
                    "贩在此谋生。农武拉认识的许多串珠匠人都在这里摆摊，她凭记忆画下了她们的摊位。每笔销售的"
                    "一部分将捐给当地商贩协会。",
                },
                "medium": "Digital illustration",
                "materials": "Digital file (PNG, 300 dpi)",
                "technique": "Digital painting",
                "dimensions_cm": [40, 50, 0],
                "weight_g": 0,
                "year": 2024,
                "edition": "open",
                "stock": 50,
                "price": 65000,
                "currency": "ZAR",
                "pattern": "mosaic",
                "palette": ["#0b132b", "#ff006e", "#3a86ff", "#ffbe0b", "#8338ec"],
            },
        ],
    },
]
