"""Demo collections and exhibitions: texts in four languages, works chosen by the loader."""

EXHIBITIONS = [
    {
        "key": "indigo-routes",
        "when": "current",
        "source_language": "en",
        "title": {
            "en": "Indigo Routes: Dye, Cloth and Clay from Kano to Jingdezhen",
            "fr": "Routes de l'indigo : teinture, étoffe et argile, de Kano à Jingdezhen",
            "sw": "Njia za Indigo: Rangi, Kitambaa na Udongo kutoka Kano hadi Jingdezhen",
            "zh": "靛蓝之路：从卡诺到景德镇的染、布与泥",
        },
        "introduction": {
            "en": "Indigo is dyed in the pits of Kano and on the batik tables of Guizhou, and cobalt blue "
            "has travelled between Chinese kilns and East African ports for centuries. This exhibition "
            "sets works from both shores side by side.",
            "fr": "L'indigo se teint dans les fosses de Kano comme sur les tables de batik du Guizhou, et le "
            "bleu de cobalt voyage depuis des siècles entre les fours chinois et les ports d'Afrique de "
            "l'Est. Cette exposition réunit des œuvres des deux rives.",
            "sw": "Indigo hutiwa katika mashimo ya Kano na kwenye meza za batiki za Guizhou, na rangi ya "
            "buluu ya kobalti imesafiri kwa karne nyingi kati ya tanuri za China na bandari za Afrika "
            "Mashariki. Maonyesho haya yanaweka kazi za sanaa za pande zote mbili bega kwa bega.",
            "zh": "卡诺的染坑与贵州的蜡染案台都在染靛蓝；数百年来，钴蓝往返于中国窑口与东非港口之间。"
            "本展览让两岸的作品并肩而立。",
        },
    },
    {
        "key": "hands-of-the-season",
        "when": "upcoming",
        "source_language": "fr",
        "title": {
            "fr": "Les mains de la saison : artisanats du quotidien",
            "en": "Hands of the Season: Everyday Crafts",
            "sw": "Mikono ya Msimu: Ufundi wa Kila Siku",
            "zh": "时节之手：日常手艺",
        },
        "introduction": {
            "fr": "Paniers, bijoux et objets de table : des artisans d'Afrique et de Chine montrent comment "
            "un geste répété pendant des générations devient une œuvre.",
            "en": "Baskets, jewellery and tableware: makers from Africa and China show how a gesture "
            "repeated for generations becomes a work of art.",
            "sw": "Vikapu, vito na vyombo vya mezani: mafundi kutoka Afrika na China wanaonyesha jinsi "
            "mbinu iliyorudiwa kwa vizazi inavyokuwa kazi ya sanaa.",
            "zh": "篮筐、首饰与餐桌器物：来自非洲与中国的手艺人展示代代相传的动作如何成为作品。",
        },
    },
    {
        "key": "ink-and-earth",
        "when": "past",
        "source_language": "zh",
        "title": {
            "zh": "水墨与大地",
            "en": "Ink and Earth",
            "fr": "Encre et terre",
            "sw": "Wino na Ardhi",
        },
        "introduction": {
            "zh": "水墨画家与非洲陶艺家的对话：一方以墨写山，一方以土塑形。",
            "en": "A dialogue between ink painters and African ceramicists: one writes mountains in ink, "
            "the other shapes them in earth.",
            "fr": "Un dialogue entre peintres à l'encre et céramistes africains : les uns écrivent la "
            "montagne à l'encre, les autres la modèlent dans la terre.",
            "sw": "Mazungumzo kati ya wachoraji wa wino na wafinyanzi wa Kiafrika: mmoja huandika milima "
            "kwa wino, mwingine huifinyanga kwa udongo.",
        },
    },
]

ARTIST_COLLECTION_TITLES = {
    "en": "Selected works",
    "fr": "Œuvres choisies",
    "sw": "Kazi teule",
    "zh": "作品精选",
}
ARTIST_COLLECTION_INTRODUCTIONS = {
    "en": "A selection chosen by the artist.",
    "fr": "Une sélection choisie par l'artiste.",
    "sw": "Uteuzi uliochaguliwa na msanii.",
    "zh": "艺术家亲自挑选的作品。",
}
