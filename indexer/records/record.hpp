// A record of a JSON or CSV file, and turning it into an article.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "readers/reader.hpp"

namespace news {

// One value of a record: a text, or a list of texts (a JSON array, or a CSV cell split at
// ';' or '|' for list fields). `number` is set for JSON numbers (epoch dates).
struct RecordValue {
  std::string text;
  std::vector<std::string> list;
  bool is_list = false;
  bool number = false;
};

// The keys of a record in file order, with their values.
using Record = std::vector<std::pair<std::string, RecordValue>>;

// The outcome of one record: an article, or the reason it has none.
struct RecordOutcome {
  std::optional<Article> article;
  std::string error;                  // non-empty: no article, this is why
  std::vector<std::string> warnings;  // the article was made, with these remarks
};

// Maps a record to an article: common field names (case-insensitive, '_' and '-' ignored)
// unless the user's field map names the key for a field. `number` is the record's 1-based
// position, used in the id when the record has neither an id nor a url (nor a unique one). The
// article id is `<item id>#<record id>`; `used_ids` keeps ids unique within the item. A record
// without title and text is an error.
RecordOutcome article_from_record(const Record& record, const RawItem& item, std::size_t number,
                                  std::set<std::string>& used_ids);

// A record as a parser found it: its name in messages ("line 4", "record 2") and either
// its keys or the reason it could not be parsed.
struct ParsedRecord {
  std::string label;
  std::optional<Record> record;
  std::string error;
};

// Turns parsed records into articles (numbered from 1 in order), with one error line per
// record that is broken or has no text, and a warning per ignored value.
ReadResult articles_from_records(const std::vector<ParsedRecord>& records, const RawItem& item);

// Adds a record's outcome to a reader result; messages start with `label` ("line 4").
void add_record_outcome(RecordOutcome outcome, const std::string& label, ReadResult& result);

}  // namespace news
