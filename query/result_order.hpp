// The total order of a search's results, in one place: how the Enquire sorts, and the key
// of one article in that order, so that --all can find the results after a given one.
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>

#include "search_request.hpp"

namespace news {

// Sets the order of `sort` on `enquire`; the KeyMaker it uses (oldest first, local indexes)
// is returned and must outlive the enquire's searches. Remote backends take no KeyMaker:
// `remote` sorts by value slots only (oldest first: undated articles first, articles of the
// same second in order of relevance).
std::unique_ptr<Xapian::KeyMaker> set_result_order(Xapian::Enquire& enquire, SortOrder sort,
                                                   bool remote);

// The key of an article in the order of a search, and what a search after a key can use.
class OrderKey {
 public:
  OrderKey(SortOrder sort, bool remote);
  // Relevance: the key breaking ties of equal weight; by date: the sort key itself
  // (ascending byte order is the result order).
  std::string operator()(const Xapian::Document& doc) const;
  // The value slot holding the key, when the key is a plain value (a value range over it
  // can skip the results before a key, also on a remote index); nullopt for a composed key.
  std::optional<Xapian::valueno> slot() const;

 private:
  SortOrder m_sort;
  bool m_remote;
  std::unique_ptr<Xapian::KeyMaker> m_key_maker;
};

}  // namespace news
