// "Did you mean": requests rewritten with the index's spelling data (built by newsindex
// from article words and entity names; see schema/spelling_data.hpp).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "request_reading.hpp"

namespace news {

// `typed` with each word that no article holds replaced by the index's nearest spelling
// (Xapian's get_spelling_suggestion), cased as it was typed ("Stoltenburg" ->
// "Stoltenberg"); "" when no word has a suggestion.
std::string spelling_suggestion(const Xapian::Database& db, const ReadRequest& read,
                                std::string_view typed);

}  // namespace news
