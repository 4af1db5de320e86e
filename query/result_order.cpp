#include "result_order.hpp"

#include "fields.hpp"

namespace news {
namespace {

// Oldest first: the time (undated last), then the id.
std::unique_ptr<Xapian::MultiValueKeyMaker> oldest_first() {
  auto key = std::make_unique<Xapian::MultiValueKeyMaker>();
  key->add_value(schema::slot::kSortTime, false, Xapian::sortable_serialise(1e18));
  key->add_value(schema::slot::kId);
  return key;
}

}  // namespace

std::unique_ptr<Xapian::KeyMaker> set_result_order(Xapian::Enquire& enquire, SortOrder sort,
                                                   bool remote) {
  // Ties are broken by date (newest first), then a hash of the id, so the same search
  // gives the same order every time, over one index or several, local or remote: slot
  // kOrder holds that order as a plain value of 16 bytes, which remote backends can sort
  // by too (they take no KeyMaker). Undated articles sort after dated ones.
  if (sort == SortOrder::kRelevance) {
    enquire.set_sort_by_relevance_then_value(schema::slot::kOrder, false);
    return nullptr;
  }
  if (sort == SortOrder::kNewest) {
    enquire.set_sort_by_value_then_relevance(schema::slot::kOrder, false);
    return nullptr;
  }
  if (remote) {
    // Oldest first with the time value alone: undated articles come first, and articles
    // of the same second in no set order.
    enquire.set_sort_by_value_then_relevance(schema::slot::kSortTime, false);
    return nullptr;
  }
  std::unique_ptr<Xapian::KeyMaker> key = oldest_first();
  enquire.set_sort_by_key_then_relevance(key.get(), false);
  return key;
}

OrderKey::OrderKey(SortOrder sort, bool remote) : m_sort(sort), m_remote(remote) {
  if (sort == SortOrder::kOldest && !remote) {
    m_key_maker = oldest_first();
  }
}

std::string OrderKey::operator()(const Xapian::Document& doc) const {
  if (m_key_maker) {
    return (*m_key_maker)(doc);
  }
  return doc.get_value(*slot());
}

std::optional<Xapian::valueno> OrderKey::slot() const {
  if (m_key_maker) {
    return std::nullopt;
  }
  return m_sort == SortOrder::kOldest && m_remote ? schema::slot::kSortTime : schema::slot::kOrder;
}

}  // namespace news
