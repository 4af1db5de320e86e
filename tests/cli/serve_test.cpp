// newsquery --serve end to end: the real program serving the indexed sample corpus (with
// the hostile article of broken/hostile/), asked over HTTP by cpp-httplib's client.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

class Serve : public IndexedSuite<Serve> {
 public:
  static void fill(const fs::path& corpus) {
    copy_tree(sample_corpus(), corpus);
    fs::remove_all(corpus / "broken");
    copy_tree(sample_corpus() / "broken" / "hostile", corpus / "hostile");
  }

 protected:
  void SetUp() override {
    m_server = std::make_unique<ServedIndex>(std::vector<std::string>{"--db", db()});
  }
  void TearDown() override { m_server.reset(); }

  // The body of GET `path`, expecting `status`.
  std::string body(const std::string& path, int status = 200) {
    const httplib::Result r = m_server->get(path);
    if (!r) {
      return {};
    }
    EXPECT_EQ(r->status, status) << path << "\n" << r->body;
    return r->body;
  }

  std::unique_ptr<ServedIndex> m_server;
};

TEST_F(Serve, TheSearchPageShowsResultsWithSecurityHeaders) {
  const httplib::Result r = m_server->get("/?q=Taliban");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string csp = r->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(r->body.find("Defense Minister: Attacking from Afghanistan"), std::string::npos);
  EXPECT_NE(r->body.find("/article?id=corpus%2Fpakistan-afghanistan-talks.txt"), std::string::npos);
  EXPECT_NE(r->body.find("<mark>Taliban</mark>"), std::string::npos);
  EXPECT_NE(body("/").find("Search the archive"), std::string::npos);
  EXPECT_NE(body("/static/style.css").find(".results"), std::string::npos);
  EXPECT_NE(body("/static/app.js").find("addEventListener"), std::string::npos);
  body("/static/missing.js", 404);
  body("/nowhere", 404);
}

TEST_F(Serve, TheApiAnswersExactlyTheJsonOfTheCommandLine) {
  struct Case {
    std::string path;
    std::vector<std::string> args;
  };
  const Case cases[] = {
      {"/api/search?q=Taliban", {"Taliban"}},
      {"/api/search?q=oil%20prices&sort=newest&limit=3",
       {"oil prices", "--sort", "newest", "-n", "3"}},
      {"/api/search?q=said&person=Khawaja%20Asif&since=2024&offset=0",
       {"said", "--person", "Khawaja Asif", "--since", "2024"}},
      {"/api/search?q=xylophonic", {"xylophonic"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = c.args;
    args.insert(args.end(), {"--format", "json"});
    EXPECT_EQ(without_search_time(body(c.path)), without_search_time(query(args).out)) << c.path;
  }
  const nlohmann::json error = nlohmann::json::parse(body("/api/search?q=x&limit=5000", 400));
  EXPECT_NE(error["error"].get<std::string>().find("limit"), std::string::npos);
  body("/api/search", 400);
}

TEST_F(Serve, ArticlePagesShowTheTextAndLinkTheEntities) {
  const std::string html = body("/article?id=corpus%2Fworld%2Fun80-reform-guterres.md");
  EXPECT_NE(html.find("<h1>Guterres proposes merging UN agencies"), std::string::npos);
  EXPECT_NE(html.find("href=\"https://news.example.org/world/un80-reform-guterres\""),
            std::string::npos);
  EXPECT_NE(html.find("href=\"/?person=Ant%C3%B3nio%20Guterres\""), std::string::npos);
  EXPECT_NE(html.find("(from the front-matter)"), std::string::npos);
  EXPECT_NE(html.find("<p>UN Secretary-General"), std::string::npos);
  EXPECT_NE(body("/article?id=corpus%2Fgone.txt", 404).find("No such article"), std::string::npos);
}

TEST_F(Serve, AHostileArticleIsShownAsText) {
  for (const std::string path :
       {"/?q=lantern", "/article?id=corpus%2Fhostile%2Fmarkup-in-every-field.md"}) {
    const std::string html = body(path);
    EXPECT_NE(html.find("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Quayside"),
              std::string::npos)
        << path;
    for (const char* raw : {"<script>alert", "<img src=x", "<svg onload", "<iframe", "<b>lantern",
                            "href=\"javascript", "<style>"}) {
      EXPECT_EQ(html.find(raw), std::string::npos) << path << ": " << raw;
    }
  }
}

TEST_F(Serve, RequestsForAnotherHostAreRefused) {
  const httplib::Result evil = m_server->get("/?q=Taliban", {{"Host", "evil.example"}});
  ASSERT_TRUE(evil);
  EXPECT_EQ(evil->status, 421);
  EXPECT_EQ(evil->body.find("Defense Minister"), std::string::npos);
  const std::string port = std::to_string(m_server->port());
  for (const std::string& host : std::vector<std::string>{"evil.example:" + port, "127.0.0.1:1"}) {
    EXPECT_EQ(m_server->get("/api/search?q=x", {{"Host", host}})->status, 421) << host;
  }
  EXPECT_EQ(m_server->get("/?q=Taliban", {{"Host", "localhost:" + port}})->status, 200);
}

TEST_F(Serve, RequestsAreBounded) {
  body("/?q=" + std::string(2000, 'a'), 400);
  body("/api/search?q=x&offset=-1", 400);
  const httplib::Result huge = m_server->get("/?q=" + std::string(20000, 'a'));
  ASSERT_TRUE(huge);
  EXPECT_GE(huge->status, 400);
  httplib::Client client = m_server->client();
  const httplib::Result post = client.Post("/", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(post);
  EXPECT_GE(post->status, 400);
}

}  // namespace
}  // namespace news::test
