#include "query_parser_setup.hpp"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <memory>

#include "date_terms.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "language.hpp"
#include "name_fold.hpp"

namespace news::schema {
namespace {

using namespace std::chrono;

std::string key(int y, unsigned m, unsigned d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d%02u%02u", y, m, d);
  return buf;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// Splits "2025-10-29" / "2025/10/29" / "20251029" into numeric parts.
std::optional<std::array<int, 3>> date_parts(std::string_view text, int& count) {
  std::array<int, 3> parts{0, 1, 1};
  if (all_digits(text) && (text.size() == 8 || text.size() == 6 || text.size() == 4)) {
    count = int(text.size()) / 2 - 1;
    parts[0] = std::stoi(std::string(text.substr(0, 4)));
    for (int i = 1; i < count; ++i) {
      parts[i] = std::stoi(std::string(text.substr(4 + 2 * (i - 1), 2)));
    }
    return parts;
  }
  count = 0;
  std::size_t start = 0;
  while (count < 3) {
    const std::size_t end = text.find_first_of("-/.", start);
    const std::string_view part = text.substr(start, end - start);
    const std::size_t want = count == 0 ? 4 : 2;
    if (!all_digits(part) || part.size() > want || (count == 0 && part.size() != 4)) {
      return std::nullopt;
    }
    parts[count++] = std::stoi(std::string(part));
    if (end == std::string_view::npos) {
      return parts;
    }
    start = end + 1;
  }
  return std::nullopt;
}

[[noreturn]] void bad_date(std::string_view text) {
  throw Error(ExitCode::kUsage, "not a date: \"" + std::string(text) + "\"",
              "dates are YYYY, YYYY-MM or YYYY-MM-DD; ranges FROM..TO, open ends allowed");
}

// `date:` values: a day, month or year, or a range of them.
// Xapian's parser is not exception-safe for exceptions of ours (it leaks its parse
// state), so a bad date is recorded in `error` and matches nothing; the caller reports it.
class DateFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit DateFieldProcessor(std::shared_ptr<std::string> error) : m_error(std::move(error)) {}
  Xapian::Query operator()(const std::string& text) override {
    try {
      return date_field_query(text);
    } catch (const Error& e) {
      *m_error = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

 private:
  std::shared_ptr<std::string> m_error;
};

bool is_entity_field(std::string_view name) {
  const Field* f = find_field(name);
  return f != nullptr && f->kind == FieldKind::kEntity;
}

// The end of a field value starting at `pos`: a quoted phrase, or a run up to white
// space or a closing bracket.
std::size_t value_end(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == '"') {
    const std::size_t close = text.find('"', pos + 1);
    return close == text.npos ? text.size() : close + 1;
  }
  const std::size_t end = text.find_first_of(" \t\n)", pos);
  return end == text.npos ? text.size() : end;
}

// An entity value as a phrase, so that the parser does not stem it: name words are
// indexed unstemmed (index_name_words). Quoted values, wildcards and empty values stay.
std::string quoted_name(std::string folded) {
  if (folded.empty() || folded.front() == '"' || folded.find('*') != std::string::npos) {
    return folded;
  }
  return "\"" + folded + "\"";
}

// The days first..last (day keys): an OR of their year, month and day terms, or a range
// of their day values when that would take too many terms.
Xapian::Query days_query(const std::string& first, const std::string& last) {
  const auto terms = day_range_terms(first, last);
  if (!terms) {
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot::kDay, first, last);
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms->begin(), terms->end());
}

}  // namespace

std::optional<std::pair<std::string, std::string>> day_span(std::string_view text) {
  int count = 0;
  const auto parts = date_parts(text, count);
  if (!parts) {
    return std::nullopt;
  }
  const auto [y, m, d] = *parts;
  if (y < 1000 || m < 1 || m > 12) {
    return std::nullopt;
  }
  if (count == 1) {
    return std::pair{key(y, 1, 1), key(y, 12, 31)};
  }
  const year_month_day_last last{year{y}, month_day_last{month{unsigned(m)}}};
  if (count == 2) {
    return std::pair{key(y, m, 1), key(y, m, unsigned(last.day()))};
  }
  if (d < 1 || unsigned(d) > unsigned(last.day())) {
    return std::nullopt;
  }
  return std::pair{key(y, m, d), key(y, m, d)};
}

Xapian::Query date_range_query(std::string_view from, std::string_view to) {
  std::optional<std::pair<std::string, std::string>> lo, hi;
  if (!from.empty() && !(lo = day_span(from))) {
    bad_date(from);
  }
  if (!to.empty() && !(hi = day_span(to))) {
    bad_date(to);
  }
  if (lo && hi) {
    return days_query(lo->first, hi->second);
  }
  if (lo) {
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot::kDay, lo->first);
  }
  if (hi) {
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot::kDay, hi->second);
  }
  // "date:.." means "has a date at all".
  return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot::kDay, "0");
}

Xapian::Query date_field_query(std::string_view text) {
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    const auto span = day_span(text);
    if (!span) {
      bad_date(text);
    }
    return days_query(span->first, span->second);
  }
  return date_range_query(text.substr(0, dots), text.substr(dots + 2));
}

Xapian::Query language_filter(std::string_view code) {
  return Xapian::Query(std::string(find_field("lang")->prefix) + normalise_language_code(code));
}

Xapian::Query entity_query(std::string_view field_name, std::string_view name) {
  const Field* f = find_field(field_name);
  if (f == nullptr || f->kind != FieldKind::kEntity) {
    throw std::logic_error("not an entity field: " + std::string(field_name));
  }
  std::string folded = fold_name(name);
  std::erase(folded, '"');
  // An inner parser splits words exactly as the TermGenerator did when indexing. The
  // name as recognised, or the canonical name a mention was linked to (entity_terms.hpp).
  Xapian::QueryParser words;
  const std::string phrase = "\"" + folded + "\"";
  return Xapian::Query(
      Xapian::Query::OP_OR,
      words.parse_query(phrase, Xapian::QueryParser::FLAG_PHRASE, std::string(f->prefix)),
      words.parse_query(phrase, Xapian::QueryParser::FLAG_PHRASE, linked_words_prefix(*f)));
}

std::string fold_entity_values(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t colon = text.find(':', pos);
    if (colon == text.npos) {
      break;
    }
    std::size_t start = colon;
    while (start > pos && std::isalpha(static_cast<unsigned char>(text[start - 1]))) {
      --start;
    }
    const bool at_token_start =
        start == 0 || std::string_view(" \t(+-").find(text[start - 1]) != std::string_view::npos;
    if (!at_token_start || !is_entity_field(text.substr(start, colon - start))) {
      out.append(text.substr(pos, colon + 1 - pos));
      pos = colon + 1;
      continue;
    }
    const std::size_t end = value_end(text, colon + 1);
    out.append(text.substr(pos, colon + 1 - pos));
    out.append(quoted_name(fold_name(text.substr(colon + 1, end - colon - 1))));
    pos = end;
  }
  out.append(text.substr(std::min(pos, text.size())));
  return out;
}

unsigned full_query_flags() {
  using QP = Xapian::QueryParser;
  return QP::FLAG_DEFAULT | QP::FLAG_PHRASE | QP::FLAG_BOOLEAN | QP::FLAG_LOVEHATE |
         QP::FLAG_WILDCARD | QP::FLAG_PURE_NOT | QP::FLAG_CJK_NGRAM;
}

Xapian::QueryParser make_query_parser(const Xapian::Database& db, std::string_view language,
                                      std::shared_ptr<std::string> field_error) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(stemmer_for_language(language));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(Xapian::Query::OP_AND);
  for (const Field& f : kFields) {
    const std::string name(f.name);
    if (name.empty()) {
      continue;  // searched through other fields (body: unprefixed) or not at all
    }
    switch (f.kind) {
      case FieldKind::kFreeText:
        qp.add_prefix(name, std::string(f.prefix));
        break;
      case FieldKind::kEntity:  // values are folded by fold_entity_values first
        qp.add_prefix(name, std::string(f.prefix));
        qp.add_prefix(name, linked_words_prefix(f));  // names a mention was linked to
        break;
      case FieldKind::kBoolean:
        qp.add_boolean_prefix(name, std::string(f.prefix));
        break;
      case FieldKind::kDate:
        qp.add_boolean_prefix(name, (new DateFieldProcessor(field_error))->release());
        break;
      case FieldKind::kNone:
        break;
    }
  }
  return qp;
}

}  // namespace news::schema
