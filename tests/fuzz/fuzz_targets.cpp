#include "fuzz_targets.hpp"

#include <xapian.h>

#include <memory>
#include <string>

#include "dates/date_parser.hpp"
#include "dates/dateline.hpp"
#include "dates/file_name_date.hpp"
#include "document_codec.hpp"
#include "enrich/enrich.hpp"
#include "error.hpp"
#include "query_parser_setup.hpp"
#include "sources/item_reading.hpp"

namespace news::fuzz {
namespace {

// Small enough that a fuzzer's long inputs exercise the cut, without slowing it down.
constexpr std::size_t kFuzzArticleBytes = 64 * 1024;

// Reads `data` as a file called `name`, as newsindex does: read, then enrich each article
// and encode it for the index. Bad input may be refused (ReadError), never crash.
void read_as(std::string_view name, std::string_view data, bool enrich) {
  RawItem item;
  item.id = item.path = item.source_file = item.name = std::string(name);
  item.bytes = std::string(data);
  item.field_map = std::make_shared<const FieldMap>();
  item.max_article_bytes = kFuzzArticleBytes;
  try {
    ReadResult result = read_item(item);
    thread_local schema::DocumentCodec codec;
    for (Article& article : result.articles) {
      if (enrich) {
        enrich_article(article);
      }
      codec.encode(article, FileStamp{data.size(), 0, schema::content_hash(data)});
    }
  } catch (const ReadError&) {
  }
}

void run_text(std::string_view data) {
  read_as("2024/03/01/story.txt", data, /*enrich=*/true);
}

void run_html(std::string_view data) {
  read_as("page.html", data, /*enrich=*/false);
}

void run_json(std::string_view data) {
  read_as("feed.json", data, false);
  read_as("feed.jsonl", data, false);
}

void run_csv(std::string_view data) {
  read_as("feed.csv", data, false);
  read_as("feed.tsv", data, false);
}

void run_warc(std::string_view data) {
  read_as("crawl.warc", data, false);
}

// The first byte picks the container: any archive format, a compressed tar, a
// compressed single file.
void run_container(std::string_view data) {
  static constexpr std::string_view kNames[] = {"pack.zip", "pack.tar.gz", "story.txt.gz"};
  if (data.empty()) {
    return;
  }
  read_as(kNames[static_cast<unsigned char>(data[0]) % 3], data.substr(1), false);
}

void run_dates(std::string_view data) {
  parse_date(data);
  find_date(data);
  find_written_day(data);
  date_in_path(data);
  year_in_path(data);
  if (const auto day = dateline_month_day(data)) {
    latest_on_or_before(*day, Timestamp{});
  }
}

// A small index, so that a parsed query also runs.
Xapian::WritableDatabase& query_index() {
  static Xapian::WritableDatabase db = [] {
    Xapian::WritableDatabase made(std::string(), Xapian::DB_BACKEND_INMEMORY);
    schema::DocumentCodec codec;
    Article a;
    a.id = "a.txt";
    a.title = "Talks resume in Doha";
    a.body = "Khawaja Asif said talks with Kabul resume on Monday.";
    a.persons = {"Khawaja Asif"};
    a.language = "en";
    made.add_document(codec.encode(a, FileStamp{1, 0, "0"}));
    return made;
  }();
  return db;
}

void run_query(std::string_view data) {
  const std::string text = schema::fold_entity_values(data);
  const auto field_error = std::make_shared<std::string>();
  try {
    const Xapian::Query q = schema::make_query_parser(query_index(), "en", field_error)
                                .parse_query(text, schema::full_query_flags());
    Xapian::Enquire enquire(query_index());
    enquire.set_query(q);
    enquire.get_mset(0, 10);
  } catch (const Xapian::Error&) {  // syntax errors, too many wildcard expansions
  } catch (const Error&) {
  }
  try {
    schema::date_field_query(data);
  } catch (const Error&) {
  }
}

}  // namespace

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"text", run_text}, {"html", run_html},           {"json", run_json},   {"csv", run_csv},
      {"warc", run_warc}, {"container", run_container}, {"dates", run_dates}, {"query", run_query},
  };
  return all;
}

Entry find_target(std::string_view name) {
  for (const Target& t : targets()) {
    if (t.name == name) {
      return t.run;
    }
  }
  return nullptr;
}

}  // namespace news::fuzz
