#include "item_stream.hpp"

namespace news {

void add_item_result(ReadResult item, ReadResult& into) {
  for (Article& a : item.articles) {
    into.articles.push_back(std::move(a));
  }
  for (std::string& w : item.warnings) {
    into.warnings.push_back(std::move(w));
  }
  for (std::string& e : item.errors) {
    into.errors.push_back(std::move(e));
  }
  for (const auto& [reason, count] : item.skipped) {
    into.skipped[reason] += count;
  }
}

ReadResult read_stream(ItemStream& stream) {
  ReadResult result;
  while (std::optional<TakenItem> taken = stream.next()) {
    auto read = taken->read;
    add_item_result(read(std::move(*taken)), result);
  }
  stream.finish(result);
  return result;
}

}  // namespace news
