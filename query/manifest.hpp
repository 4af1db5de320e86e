// The manifest of a search: what was asked, how it was read, which data answered it (each
// index's UUID and revision), when, and how many matched, so that a search can be cited
// and run again. Built from the request and the response's header only, never from the
// command line, so every front end writes the same manifest.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "search_request.hpp"

namespace news {

// The manifest object (documented in docs/output-format.md): program, searched_at,
// request (every setting that shapes the results), reading (parsed query, best match,
// notes, suggestion, corrected query), indexes, total, total_is_exact, rerun.
nlohmann::ordered_json manifest_json(const SearchRequest& request, const SearchHeader& header);

// The newsquery arguments (argv[0] first) that run `request` again over the indexes of
// `header`; the query text comes last, after "--", exactly as it was typed.
std::vector<std::string> rerun_arguments(const SearchRequest& request, const SearchHeader& header);

// "newsquery X.Y.Z": the program that wrote the manifest.
std::string program_version();

}  // namespace news
