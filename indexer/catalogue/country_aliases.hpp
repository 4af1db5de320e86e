// Names of countries and their codes, all leading to one canonical name per country, from
// real data rather than a hand list: ICU/CLDR (ISO 3166 codes, English display names and
// their short and variant forms such as "US" and "UK"), and Debian's iso-codes
// (/usr/share/iso-codes/json: official and common names), plus a few English names neither
// has ("Britain", "Holland").
#pragma once

#include <map>
#include <string>

namespace news::catalogue {

// Folded alias -> canonical English display name ("u.s.", "usa", "united states of america"
// -> "United States"). Built once; thread-safe. Two-letter codes that are also US state
// codes ("CA", "IN") are left out: a dateline's "CA" is California.
const std::map<std::string, std::string>& country_aliases();

}  // namespace news::catalogue
