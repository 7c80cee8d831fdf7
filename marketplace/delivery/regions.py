"""Which region a country belongs to, for shipping zones. Pure data.

The African regions follow the usual trade groupings (EAC, ECOWAS, SADC, the Maghreb, ECCAS) rather than
the UN's statistical ones, because couriers price that way; mainland China is its own zone (Hong Kong,
Macao and Taiwan are in Asia, as couriers treat them). A country not listed is priced as the rest of the
world.
"""

from __future__ import annotations

from marketplace.delivery.models import Zone

_REGIONS: dict[Zone, str] = {
    Zone.EAST_AFRICA: "KE TZ UG RW BI ET SO DJ ER SS MG MU SC KM",
    Zone.WEST_AFRICA: "SN GH NG CI ML BF NE GN GW SL LR TG BJ GM CV MR",
    Zone.SOUTHERN_AFRICA: "ZA BW LS NA SZ ZW MZ ZM MW AO",
    Zone.NORTH_AFRICA: "EG MA DZ TN LY SD EH",
    Zone.CENTRAL_AFRICA: "CM CF TD CG CD GA GQ ST",
    Zone.MAINLAND_CHINA: "CN",
    Zone.ASIA: "HK MO TW JP KR KP MN IN PK BD LK NP BT MV AF SG MY ID TH VN LA KH MM PH BN TL "
    "AE SA QA KW BH OM YE IR IQ JO LB SY IL PS TR KZ KG TJ TM UZ AZ AM GE",
    Zone.EUROPE: "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
    "GB NO CH IS LI MC SM VA AD AL BA ME MK RS XK MD UA BY RU GI FO",
    Zone.AMERICAS: "US CA MX GT BZ SV HN NI CR PA CU DO HT JM BS BB TT AG DM GD KN LC VC CO VE EC PE "
    "BO BR PY UY AR CL GY SR PR",
    Zone.OCEANIA: "AU NZ FJ PG SB VU WS TO KI TV NR FM MH PW",
}
REGION_OF: dict[str, Zone] = {code: zone for zone, codes in _REGIONS.items() for code in codes.split()}
#: The zones an artist can price, in the order a form shows them.
PRICEABLE: tuple[Zone, ...] = (Zone.DOMESTIC, Zone.SAME_REGION, *_REGIONS, Zone.WORLD)


def region_of(country: str) -> Zone | None:
    return REGION_OF.get(country.upper())
