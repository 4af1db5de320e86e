#include "routes.hpp"

#include <sstream>

#include "article_json.hpp"
#include "article_page.hpp"
#include "assets.hpp"
#include "database.hpp"
#include "error.hpp"
#include "export_stream.hpp"
#include "html_text.hpp"
#include "json_writer.hpp"
#include "narrowing_view.hpp"
#include "search_page.hpp"
#include "web_params.hpp"

namespace news::web {
namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";

struct Failure {
  int status = 500;
  std::string message, hint;
};

// What went wrong in a handler, for the page or the API to show; call inside a catch.
Failure current_failure(const std::string& db_name) {
  try {
    throw;
  } catch (const Error& e) {
    return {e.code() == ExitCode::kUsage ? 400 : 503, e.what(), e.hint()};
  } catch (const Xapian::Error& e) {
    const Error error = schema::database_error(e, db_name);
    return {500, error.what(), error.hint()};
  } catch (const std::exception& e) {
    return {500, std::string("internal error: ") + e.what(), ""};
  }
}

void search_page_route(const httplib::Request& req, httplib::Response& res, SearchEngine& engine,
                       const std::string& db_name) {
  SearchPageView view;
  SearchResponse response;
  try {
    view.request = request_from_params(req.params, kPageLimit, kPageLimit);
    if (has_search(view.request)) {
      ask_for_narrowing(view.request);
      view.request.copies_listed = kCopiesPerResult;
      response = engine.search(view.request);
      view.response = &response;
      view.aside_html = narrowing_html(view.request, response.header);
    }
  } catch (...) {
    const Failure f = current_failure(db_name);
    view.response = nullptr;
    view.error = f.message;
    view.hint = f.hint;
    res.status = f.status;
  }
  res.set_content(search_page(view), kHtml);
}

void article_route(const httplib::Request& req, httplib::Response& res, SearchEngine& engine,
                   const std::string& db_name) {
  const std::string id = req.get_param_value("id");
  try {
    if (const std::optional<StoredArticle> found = engine.article(id)) {
      res.set_content(article_page(*found), kHtml);
      return;
    }
    res.status = 404;
    res.set_content(missing_article_page(id), kHtml);
  } catch (...) {
    const Failure f = current_failure(db_name);
    SearchPageView view{SearchRequest{}, nullptr, f.message, f.hint, ""};
    res.status = f.status;
    res.set_content(search_page(view), kHtml);
  }
}

void api_route(const httplib::Request& req, httplib::Response& res, SearchEngine& engine,
               const std::string& db_name) {
  try {
    const SearchRequest request = request_from_params(req.params, 10, kMaxApiLimit);
    std::ostringstream out;
    JsonWriter writer(out, /*lines=*/false, request);
    engine.search(
        request, [&](const SearchHeader& h) { writer.begin(h); },
        [&](const SearchResult& r) { writer.write(r); });
    writer.end();
    res.set_content(out.str(), "application/json");
  } catch (...) {
    const Failure f = current_failure(db_name);
    res.status = f.status;
    res.set_content(
        dump_json_line(nlohmann::ordered_json{{"error", f.message}, {"hint", f.hint}}) + "\n",
        "application/json");
  }
}

void export_route(const httplib::Request& req, httplib::Response& res, SearchEngine& engine) {
  try {
    const std::optional<OutputFormat> format = export_format(req.get_param_value("format"));
    if (!format) {
      throw Error(ExitCode::kUsage, "format is csv, json or jsonl");
    }
    SearchRequest request = request_from_params(req.params, kPageLimit, kPageLimit);
    validate_request(request);
    stream_export(engine, request, *format, res);
  } catch (const Error& e) {
    res.status = 400;
    res.set_content(std::string(e.what()) + "\n", "text/plain; charset=utf-8");
  }
}

void static_route(const httplib::Request& req, httplib::Response& res) {
  const std::optional<Asset> asset = find_asset(req.matches[1].str());
  if (!asset) {
    res.status = 404;
    res.set_content("not found\n", "text/plain; charset=utf-8");
    return;
  }
  res.set_header("Cache-Control", "no-cache");
  res.set_content(asset->content.data(), asset->content.size(), asset->content_type);
}

}  // namespace

void add_routes(httplib::Server& server, SearchEngine& engine, const std::string& db_name) {
  server.Get("/", [&engine, db_name](const httplib::Request& req, httplib::Response& res) {
    search_page_route(req, res, engine, db_name);
  });
  server.Get("/article", [&engine, db_name](const httplib::Request& req, httplib::Response& res) {
    article_route(req, res, engine, db_name);
  });
  server.Get("/api/search",
             [&engine, db_name](const httplib::Request& req, httplib::Response& res) {
               api_route(req, res, engine, db_name);
             });
  server.Get("/export", [&engine](const httplib::Request& req, httplib::Response& res) {
    export_route(req, res, engine);
  });
  server.Get(R"(/static/([a-z0-9_.-]+))", static_route);
}

}  // namespace news::web
