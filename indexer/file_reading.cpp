#include "file_reading.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "document_codec.hpp"
#include "enrich/enrich.hpp"
#include "sources/item_reading.hpp"

namespace news {
namespace {

bool read_bytes(const std::string& path, std::string& bytes, std::string& failure) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    failure = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    failure = "read error";
    return false;
  }
  bytes = std::move(buffer).str();
  return true;
}

}  // namespace

FileOutcome read_input_file(const InputFile& file, const std::optional<std::string>& known_hash,
                            const std::shared_ptr<const FieldMap>& field_map) {
  FileOutcome out;
  RawItem item;
  if (!read_bytes(file.disk_path, item.bytes, out.failure)) {
    return out;
  }
  out.stamp = {item.bytes.size(), file.mtime_ns, schema::content_hash(item.bytes)};
  if (known_hash && *known_hash == out.stamp.content_hash) {
    out.unchanged = true;
    return out;
  }
  item.id = file.id;
  item.path = file.path;
  item.source_file = file.id;
  item.name = file.disk_path;
  item.field_map = field_map;
  try {
    out.result = read_item(item);
    for (Article& article : out.result.articles) {
      enrich_article(article);
    }
  } catch (const ReadError& e) {
    out.failure = e.what();
  } catch (const std::exception& e) {
    out.failure = std::string("internal error while reading: ") + e.what();
  }
  return out;
}

void encode_articles(FileOutcome& outcome, const catalogue::LinkSnapshot* links) {
  thread_local schema::DocumentCodec codec;  // owns a TermGenerator: one per thread
  outcome.documents.clear();
  for (Article& article : outcome.result.articles) {
    if (links != nullptr) {
      links->add_known_persons(article);
    }
    outcome.documents.push_back(codec.encode(article, outcome.stamp));
    if (links != nullptr) {
      links->link(article, outcome.documents.back());
    }
  }
}

}  // namespace news
