#include "gazetteer.hpp"

#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <array>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace news::ner {
namespace {

constexpr std::array<std::string_view, 8> kCategoryNames = {
    "country", "city", "nationality", "title", "orgword", "place", "org", "person"};

constexpr std::string_view kCountryAliases =
    "U.S.|US|USA|America|United States of America|Britain|Great Britain|UK|U.K.|England|"
    "Scotland|Wales|Northern Ireland|Russia|South Korea|North Korea|Iran|Syria|Taiwan|"
    "Vietnam|Laos|Bolivia|Venezuela|Tanzania|Moldova|Macedonia|Czech Republic|Ivory Coast|"
    "Congo|Zaire|Burma|Soviet Union|USSR|Yugoslavia|West Germany|East Germany|Holland|"
    "Palestine|Bosnia|Herzegovina|Chechnya|Kosovo|Tibet|Kashmir|Gaza|West Bank|Europe|Asia|"
    "Africa|Latin America|Middle East|Gulf|Balkans|Caribbean|Scandinavia|Vatican";

constexpr std::string_view kPlaces =
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|"
    "British Columbia|Alberta|Bavaria|Punjab|Sindh|Balochistan|Khyber Pakhtunkhwa|Siberia|"
    "Kurdistan|Catalonia|Flanders|Wallonia|Normandy|Sicily|Sardinia|Corsica|Crimea|Donbas";

constexpr std::string_view kOrgWords =
    "Corp|Corp.|Corporation|Inc|Inc.|Ltd|Ltd.|Co|Co.|Plc|AG|SA|NV|BV|GmbH|Group|Bank|Party|"
    "Union|Council|Ministry|Association|Federation|Committee|Agency|Club|University|"
    "Institute|Fund|Organisation|Organization|Commission|Court|Army|Police|Airlines|Airways|"
    "Motors|Press|News|Times|Post|Exchange|Board|Church|League|Assembly|Parliament|Congress|"
    "Senate|Department|Service|Foundation|Company|Holdings|Industries|International|"
    "Front|Movement|Alliance|Office|Bureau|Authority|Reserve|Securities|Capital|Partners|"
    "Telecom|Energy|Petroleum|Oil|Systems|Technologies|Pharmaceuticals|Rovers|Athletic|"
    "United|FC|F.C.|Network|Television|Radio|Agency|Tribunal";

constexpr std::string_view kCities =
    "Delhi|New Delhi|Mumbai|Bombay|Calcutta|Madras|Chennai|Bangalore|Hyderabad|Karachi|"
    "Lahore|Islamabad|Rawalpindi|Peshawar|Quetta|Kandahar|Herat|Jalalabad|Mazar-i-Sharif|"
    "Dhaka|Kathmandu|Colombo|Tehran|Baghdad|Basra|Mosul|Damascus|Aleppo|Beirut|Amman|"
    "Jerusalem|Tel Aviv|Riyadh|Jeddah|Mecca|Doha|Abu Dhabi|Manama|Muscat|Sanaa|Aden|Ankara|"
    "Cairo|Alexandria|Tripoli|Benghazi|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|"
    "Nairobi|Mogadishu|Kampala|Kigali|Kinshasa|Lagos|Abuja|Accra|Dakar|Harare|Pretoria|"
    "Johannesburg|Cape Town|Durban|Luanda|Maputo|Lusaka|Beijing|Peking|Shanghai|Hong Kong|"
    "Taipei|Seoul|Pyongyang|Tokyo|Osaka|Manila|Jakarta|Kuala Lumpur|Singapore|Bangkok|"
    "Hanoi|Ho Chi Minh City|Saigon|Phnom Penh|Yangon|Rangoon|Canberra|Sydney|Melbourne|"
    "Wellington|Auckland|Moscow|St Petersburg|Kiev|Kyiv|Minsk|Warsaw|Prague|Budapest|"
    "Vienna|Berlin|Bonn|Frankfurt|Munich|Hamburg|Paris|Marseille|Lyon|London|Manchester|"
    "Edinburgh|Glasgow|Dublin|Belfast|Brussels|Amsterdam|The Hague|Luxembourg|Geneva|Zurich|"
    "Bern|Rome|Milan|Naples|Madrid|Barcelona|Lisbon|Athens|Istanbul|Sofia|Bucharest|"
    "Belgrade|Zagreb|Sarajevo|Ljubljana|Tirana|Skopje|Stockholm|Oslo|Copenhagen|Helsinki|"
    "Reykjavik|Tallinn|Riga|Vilnius|Tbilisi|Yerevan|Baku|Tashkent|Almaty|Astana|Bishkek|"
    "Dushanbe|Ashgabat|Kabul|Washington|New York|Los Angeles|Chicago|Houston|Boston|"
    "San Francisco|Miami|Atlanta|Dallas|Detroit|Philadelphia|Seattle|Toronto|Montreal|"
    "Vancouver|Ottawa|Mexico City|Havana|Bogota|Caracas|Lima|Quito|Santiago|Buenos Aires|"
    "Montevideo|Asuncion|La Paz|Brasilia|Rio de Janeiro|Sao Paulo|Panama City|Managua|"
    "San Salvador|Guatemala City|Tegucigalpa|San Jose|Kingston|Port-au-Prince|Santo Domingo";

constexpr std::string_view kOrgs =
    "United Nations|UN|U.N.|UNESCO|UNICEF|UNHCR|Security Council|General Assembly|NATO|"
    "European Union|EU|European Commission|European Parliament|IMF|"
    "International Monetary Fund|World Bank|WTO|World Trade Organization|OPEC|OECD|G7|G20|"
    "African Union|Arab League|ASEAN|Red Cross|Red Crescent|Amnesty International|"
    "Human Rights Watch|Interpol|Europol|FBI|CIA|NSA|Pentagon|White House|Kremlin|"
    "Congress|Senate|Federal Reserve|Bundesbank|Bank of England|Bank of Japan|"
    "European Central Bank|ECB|Taliban|Tehrik-i-Taliban Pakistan|TTP|al Qaeda|al-Qaeda|"
    "Islamic State|ISIS|ISIL|Hamas|Hezbollah|Hizbollah|PLO|Fatah|IRA|Sinn Fein|ETA|FARC|"
    "Muslim Brotherhood|Boko Haram|al-Shabaab|Houthis|Labour Party|Conservative Party|"
    "Democratic Party|Republican Party|Liberal Democrats|Social Democrats|Reuters|"
    "Associated Press|AP|AFP|BBC|CNN|Xinhua|Tass|Interfax|Al Jazeera|New York Times|"
    "Washington Post|Wall Street Journal|Financial Times|IAEA|WHO|"
    "World Health Organization|FIFA|UEFA|IOC|International Olympic Committee|"
    "Fitna al-Hindustan|Fitna al-Khawarij|Pakistan Tehreek-e-Insaf|PTI|ISI|"
    "Inter-Services Intelligence|Pakistan Muslim League|Pakistan Peoples Party";
constexpr std::string_view kTitles =
    "president|minister|prime minister|foreign minister|defense minister|defence minister|"
    "spokesman|spokeswoman|spokesperson|secretary|chairman|mr|mrs|ms|dr|gen|general|senator|"
    "governor|mayor|ambassador|chief|coach|judge|king|queen|prince|leader|director|envoy";

void add_list(Lexicon& lexicon, std::string_view list, GazCategory category) {
  std::size_t b = 0;
  while (b <= list.size()) {
    std::size_t e = std::min(list.find('|', b), list.size());
    lexicon.add_phrase(list.substr(b, e - b), category);
    b = e + 1;
  }
}

std::string english(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// "Myanmar (Burma)" adds both "Myanmar (Burma)" and "Myanmar".
void add_display_name(Lexicon& lexicon, const std::string& name, GazCategory category) {
  lexicon.add_phrase(name, category);
  std::size_t paren = name.find(" (");
  if (paren != std::string::npos) {
    lexicon.add_phrase(name.substr(0, paren), category);
  }
  std::size_t amp = name.find(" & ");
  if (amp != std::string::npos) {
    lexicon.add_phrase(name.substr(0, amp), category);
    lexicon.add_phrase(name.substr(amp + 3), category);
  }
}

void add_icu_countries_and_languages(Lexicon& lexicon) {
  const icu::Locale& en = icu::Locale::getEnglish();
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    icu::UnicodeString name;
    icu::Locale("", *c).getDisplayCountry(en, name);
    add_display_name(lexicon, english(name), GazCategory::kCountry);
  }
  for (const char* const* l = icu::Locale::getISOLanguages(); *l != nullptr; ++l) {
    icu::UnicodeString name;
    icu::Locale(*l).getDisplayLanguage(en, name);
    std::string n = english(name);
    if (n != *l) {
      add_display_name(lexicon, n, GazCategory::kNationality);
    }
  }
}

void add_icu_cities(Lexicon& lexicon) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> names(
      icu::TimeZoneNames::createInstance(icu::Locale::getEnglish(), status));
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createEnumeration(status));
  if (U_FAILURE(status)) {
    return;
  }
  while (const icu::UnicodeString* id = zones->snext(status)) {
    if (U_FAILURE(status)) {
      return;
    }
    icu::UnicodeString city;
    names->getExemplarLocationName(*id, city);
    if (!city.isEmpty()) {
      lexicon.add_phrase(english(city), GazCategory::kCity);
    }
  }
}

}  // namespace

void add_builtin_gazetteer(Lexicon& lexicon) {
  add_icu_countries_and_languages(lexicon);
  add_icu_cities(lexicon);
  add_list(lexicon, kCountryAliases, GazCategory::kCountry);
  add_list(lexicon, kPlaces, GazCategory::kPlace);
  add_list(lexicon, kOrgWords, GazCategory::kOrgWord);
  add_list(lexicon, kCities, GazCategory::kCity);
  add_list(lexicon, kOrgs, GazCategory::kOrg);
  add_list(lexicon, kTitles, GazCategory::kTitle);
}

void load_gazetteer_file(Lexicon& lexicon, const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw std::runtime_error("cannot open gazetteer file '" + path + "'");
  }
  std::string line;
  while (std::getline(in, line)) {
    std::size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) {
      continue;
    }
    std::string_view category = std::string_view(line).substr(0, tab);
    std::size_t c = 0;
    while (c < kCategoryNames.size() && kCategoryNames[c] != category) {
      ++c;
    }
    if (c == kCategoryNames.size()) {
      throw std::runtime_error("gazetteer file '" + path + "': unknown category '" +
                               std::string(category) + "'");
    }
    lexicon.add_phrase(std::string_view(line).substr(tab + 1), static_cast<GazCategory>(c));
  }
}

void load_cluster_file(Lexicon& lexicon, const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw std::runtime_error("cannot open cluster file '" + path + "'");
  }
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string word;
    ClusterIds ids{kNoCluster, kNoCluster, kNoCluster};
    fields >> word;
    for (std::uint16_t& id : ids) {
      fields >> id;
    }
    if (!word.empty()) {
      lexicon.add_cluster(std::move(word), ids);
    }
  }
}

}  // namespace news::ner
