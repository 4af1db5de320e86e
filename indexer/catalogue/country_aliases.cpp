#include "country_aliases.hpp"

#include <unicode/locid.h>
#include <unicode/ures.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "name_fold.hpp"

namespace news::catalogue {
namespace {

constexpr const char* kIsoCodesDir = "/usr/share/iso-codes/json/";

using Aliases = std::map<std::string, std::string>;

bool is_upper_code(const std::string& s) {
  return (s.size() == 2 || s.size() == 3) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void add(Aliases& aliases, const std::string& alias, const std::string& canonical) {
  if (alias.empty()) {
    return;
  }
  aliases.emplace(fold_name(alias), canonical);  // the first country to claim a name keeps it
  if (is_upper_code(alias)) {
    std::string dotted;  // "UK" is also written "U.K."
    for (char c : alias) {
      dotted += std::string(1, c) + ".";
    }
    aliases.emplace(fold_name(dotted), canonical);
  }
}

nlohmann::json read_iso_codes(const std::string& file, const char* key) {
  std::ifstream in(std::string(kIsoCodesDir) + file);
  const nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  return j.is_object() && j.contains(key) ? j[key] : nlohmann::json::array();
}

// Two-letter codes of US states and territories (iso-codes' ISO 3166-2 "US-CA").
std::set<std::string> us_subdivision_codes() {
  std::set<std::string> codes;
  for (const auto& entry : read_iso_codes("iso_3166-2.json", "3166-2")) {
    const std::string code = entry.value("code", "");
    if (code.rfind("US-", 0) == 0) {
      codes.insert(code.substr(3));
    }
  }
  return codes;
}

// CLDR's short and variant English names ("US", "UK", "Czechia"/"Czech Republic").
void add_cldr_forms(Aliases& aliases, const char* code, const std::string& canonical) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-region", "en", &status);
  for (const char* table : {"Countries%short", "Countries%variant"}) {
    UErrorCode s = status;
    UResourceBundle* forms = ures_getByKey(bundle, table, nullptr, &s);
    int32_t length = 0;
    const UChar* name = ures_getStringByKey(forms, code, &length, &s);
    if (U_SUCCESS(s) && name != nullptr) {
      std::string utf8;
      icu::UnicodeString(name, length).toUTF8String(utf8);
      add(aliases, utf8, canonical);
    }
    ures_close(forms);
  }
  ures_close(bundle);
}

// ICU: every ISO 3166 country's display name, codes and CLDR forms.
void add_icu_countries(Aliases& aliases, std::map<std::string, std::string>& by_code) {
  const std::set<std::string> states = us_subdivision_codes();
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    const icu::Locale region("", *code);
    icu::UnicodeString display;
    region.getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string canonical;
    display.toUTF8String(canonical);
    if (canonical.empty() || canonical == *code) {
      continue;
    }
    by_code[*code] = canonical;
    add(aliases, canonical, canonical);
    add_cldr_forms(aliases, *code, canonical);
    const std::string two = *code;
    if (!states.contains(two)) {
      add(aliases, two, canonical);
    } else {
      add(aliases, std::string{two[0], '.', two[1], '.'}, canonical);  // "U.S."
    }
    add(aliases, region.getISO3Country(), canonical);
  }
}

// iso-codes: the official and common names ("United States of America").
void add_iso_codes_names(Aliases& aliases, const std::map<std::string, std::string>& by_code) {
  for (const auto& entry : read_iso_codes("iso_3166-1.json", "3166-1")) {
    const auto it = by_code.find(entry.value("alpha_2", ""));
    if (it == by_code.end()) {
      continue;
    }
    for (const char* key : {"name", "official_name", "common_name"}) {
      add(aliases, entry.value(key, ""), it->second);
    }
  }
}

Aliases build() {
  Aliases aliases;
  std::map<std::string, std::string> by_code;
  add_icu_countries(aliases, by_code);
  add_iso_codes_names(aliases, by_code);
  // English names in everyday use that neither ICU nor iso-codes lists.
  static const std::pair<const char*, const char*> kEveryday[] = {
      {"Britain", "GB"}, {"Great Britain", "GB"}, {"Holland", "NL"}};
  for (const auto& [alias, code] : kEveryday) {
    if (by_code.contains(code)) {
      add(aliases, alias, by_code[code]);
    }
  }
  return aliases;
}

}  // namespace

const std::map<std::string, std::string>& country_aliases() {
  static const Aliases aliases = build();
  return aliases;
}

}  // namespace news::catalogue
