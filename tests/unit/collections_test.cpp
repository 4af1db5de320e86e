// Collections in a real index: names made unique, --collection, moves, files given alone.
#include <gtest/gtest.h>

#include <filesystem>

#include "collections.hpp"
#include "error.hpp"
#include "index_store.hpp"
#include "scanner.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using test::write_file;

std::vector<std::string> ids(const ScanResult& scan) {
  std::vector<std::string> out;
  for (const InputFile& f : scan.files) {
    out.push_back(f.id);
  }
  return out;
}

class CollectionsUnit : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(m_dir.path() / "one" / "news" / "x.txt", "x");
    write_file(m_dir.path() / "two" / "news" / "y.txt", "y");
  }
  ScanResult assign(const std::vector<std::string>& inputs, const std::string& requested = "") {
    ScanResult scan = scan_inputs(inputs);
    assign_collections(scan, requested, m_store);
    return scan;
  }

  TempDir m_dir;
  IndexStore m_store{m_dir / "db"};
};

TEST_F(CollectionsUnit, SameFolderNameGetsAUniqueCollection) {
  EXPECT_EQ(ids(assign({m_dir / "one/news", m_dir / "two/news"})),
            (std::vector<std::string>{"news/x.txt", "news-2/y.txt"}));
  EXPECT_EQ(ids(assign({m_dir / "two/news"})), std::vector<std::string>{"news-2/y.txt"});
  EXPECT_EQ(m_store.collections().at("news"), fs::canonical(m_dir.path() / "one/news").string());
}

TEST_F(CollectionsUnit, RequestedNameIsUsedAndGuarded) {
  EXPECT_EQ(ids(assign({m_dir / "one/news"}, "wire")), std::vector<std::string>{"wire/x.txt"});
  EXPECT_THROW(assign({m_dir / "two/news"}, "wire"), Error);   // wire is another folder
  EXPECT_THROW(assign({m_dir / "one/news"}, "other"), Error);  // one/news is wire already
  EXPECT_THROW(assign({m_dir / "two/news"}, "a/b"), Error);    // not a name
  EXPECT_THROW(assign({m_dir / "one/news", m_dir / "two/news"}, "x"), Error);  // two folders
}

TEST_F(CollectionsUnit, MoveRootKeepsTheName) {
  assign({m_dir / "one/news"});
  fs::rename(m_dir.path() / "one", m_dir.path() / "moved");
  EXPECT_EQ(move_root(m_dir / "one/news", m_dir / "moved/news", m_store), "news");
  EXPECT_EQ(ids(assign({m_dir / "moved/news"})), std::vector<std::string>{"news/x.txt"});
  EXPECT_THROW(move_root(m_dir / "nowhere", m_dir / "moved/news", m_store), Error);
}

TEST_F(CollectionsUnit, FileAloneTakesTheInnermostCollectionHoldingIt) {
  write_file(m_dir.path() / "one" / "news" / "2024" / "z.txt", "z");
  assign({m_dir / "one"});
  assign({m_dir / "one/news"});
  EXPECT_EQ(ids(assign({m_dir / "one/news/2024/z.txt"})),
            std::vector<std::string>{"news/2024/z.txt"});
  EXPECT_EQ(ids(assign({m_dir / "two/news/y.txt"})), std::vector<std::string>{"news-2/y.txt"});
}

}  // namespace
}  // namespace news
