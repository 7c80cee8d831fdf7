"""A demo artist from Egypt, whose newest works are described in one language only."""

ARTISTS = [
    {
        "key": "nadia-farouk",
        "name": "Nadia Farouk",
        "email": "nadia.farouk@demo.local",
        "country": "EG",
        "region": "Fustat, Cairo",
        "language": "en",
        "disciplines": ["ceramics", "design"],
        "bio": {
            "en": "Nadia Farouk throws and glazes pottery in the workshops of Fustat, Cairo's old potters' "
            "quarter. Her lustre glazes follow Fatimid recipes; her forms are made for today's tables.",
            "fr": "Nadia Farouk tourne et émaille la céramique dans les ateliers de Fustat, "
            "le vieux quartier des potiers du Caire. Ses lustres suivent des recettes fatimides ; "
            "ses formes sont faites pour les tables d'aujourd'hui.",
            "sw": "Nadia Farouk hufinyanga na kupaka rangi ya kung'aa vyombo vya udongo katika karakana za "
            "Fustat, mtaa wa kale wa wafinyanzi wa Cairo. Rangi zake hufuata mapishi ya enzi ya Wafatimi.",
            "zh": "娜迪娅·法鲁克在开罗老陶区福斯塔特的作坊里拉坯施釉。她的光泽釉沿用法蒂玛王朝的配方，"
            "器形则为今天的餐桌而作。",
        },
        "works": [
            {
                "category": "ceramics",
                "title": {
                    "en": "Lustre Bowl of the Nile Reeds",
                    "fr": "Bol lustré aux roseaux du Nil",
                    "sw": "Bakuli la Kung'aa la Matete ya Nile",
                    "zh": "尼罗河芦苇纹光泽釉碗",
                },
                "description": {
                    "en": "A wheel-thrown bowl, 24 cm across, with a copper-gold lustre of reeds.",
                    "fr": "Un bol tourné de 24 cm de diamètre, au lustre cuivre et or de roseaux.",
                    "sw": "Bakuli lililofinyangwa kwa gurudumu, sentimita 24 upana, lenye matete ya rangi ya "
                    "shaba na dhahabu.",
                    "zh": "拉坯成型的碗，直径24厘米，饰以铜金色光泽釉芦苇纹。",
                },
                "story": {
                    "en": "Lustre was perfected in Fustat a thousand years ago, when its kilns also fired "
                    "copies of Chinese celadon that had arrived by the Red Sea.",
                    "fr": "Le lustre fut perfectionné à Fustat il y a mille ans, quand ses fours cuisaient "
                    "aussi des copies de céladons chinois arrivés par la mer Rouge.",
                    "sw": "Rangi ya kung'aa ilikamilishwa Fustat miaka elfu moja iliyopita, wakati "
                    "tanuri zake zilipochoma pia nakala za vyombo vya seladoni vya China "
                    "vilivyofika kupitia Bahari ya Shamu.",
                    "zh": "一千年前，光泽釉在福斯塔特臻于成熟；那时当地窑口也仿烧经红海运来的中国青瓷。",
                },
                "medium": "Lustreware",
                "materials": "Nile clay, copper and silver lustre",
                "technique": "Wheel-thrown, third-firing lustre",
                "dimensions_cm": [24, 9, 24],
                "weight_g": 900,
                "year": 2025,
                "edition": "unique",
                "stock": 1,
                "price": 1450000,
                "currency": "EGP",
                "pattern": "porcelain",
                "palette": ["#8a5a1c", "#f2e6cf", "#3d6b5a"],
            },
            {
                "category": "design",
                "title": {"en": "Fustat Coffee Set for Two"},
                "description": {
                    "en": "Two cups and a small pot in matt sand glaze, for Egyptian coffee.",
                },
                "story": {
                    "en": "Made after a winter of drinking coffee with the older potters of the quarter, who "
                    "still fire their kilns with the sawdust of the city's carpenters.",
                },
                "medium": "Stoneware",
                "materials": "Stoneware clay, matt glaze",
                "technique": "Wheel-thrown",
                "dimensions_cm": [30, 14, 15],
                "weight_g": 1100,
                "year": 2026,
                "edition": "open",
                "stock": 12,
                "price": 380000,
                "currency": "EGP",
                "pattern": "mosaic",
                "palette": ["#c8a165", "#efe3c8", "#5b4636"],
                "only_source": True,
            },
        ],
    }
]
