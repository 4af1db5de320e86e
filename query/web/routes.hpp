// The URLs the web page answers, all GET:
//   /                    the search page (?q=&person=&since=&until=&lang=&sort=&offset=)
//   /article?id=ID       an article's page
//   /api/search?...      the same parameters (and limit, up to kMaxApiLimit): exactly the
//                        JSON of newsquery --format json
//   /export?...&format=  every match as csv, json or jsonl, streamed as a download
//   /static/NAME         the stylesheet and script compiled into the program
#pragma once

#include <httplib.h>

#include <string>

#include "search_engine.hpp"

namespace news::web {

// Adds the routes to `server`. `db_name` names the index in database error messages.
// `engine` must outlive the server.
void add_routes(httplib::Server& server, SearchEngine& engine, const std::string& db_name);

}  // namespace news::web
