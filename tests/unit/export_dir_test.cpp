// --export-dir: the id → file-name mapping (one component, bounded, injective) and the
// folder writer (no overwrite without force, no symlink followed).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "error.hpp"
#include "export_dir.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ExportFileName, EscapesEverythingButPlainBytes) {
  const std::pair<std::string, std::string> cases[] = {
      {"corpus/world/story.txt", "corpus%2Fworld%2Fstory.txt"},
      {"a b%41", "a%20b%2541"},
      {"../../etc/passwd", "%2E.%2F..%2Fetc%2Fpasswd"},
      {"/etc/passwd", "%2Fetc%2Fpasswd"},
      {"..", "%2E."},
      {".", "%2E"},
      {".hidden", "%2Ehidden"},
      {"caf\xC3\xA9", "caf%C3%A9"},
      {"tab\there\nnl", "tab%09here%0Anl"},
      {"C:\\x", "C%3A%5Cx"},
      {"manifest", "%6Danifest"},
      {"manifest.x", "manifest.x"},
      {"~x", "%7Ex"},
      {"", "%"},
  };
  for (const auto& [id, name] : cases) {
    EXPECT_EQ(export_file_name(id), name) << id;
  }
}

TEST(ExportFileName, NeverAPathAndAlwaysBounded) {
  const std::string hostile[] = {"../x",
                                 "a/../../b",
                                 std::string(5000, '/'),
                                 std::string(1000, '.'),
                                 std::string("nul\0byte", 8),
                                 std::string(300, 'a'),
                                 std::string(300, '\xFF')};
  for (const std::string& id : hostile) {
    const std::string name = export_file_name(id);
    EXPECT_EQ(name.find('/'), std::string::npos) << name;
    EXPECT_EQ(name.find('\0'), std::string::npos);
    EXPECT_NE(name.front(), '.') << name;
    EXPECT_LE(name.size(), kMaxExportName) << name;
  }
}

TEST(ExportFileName, LongIdsKeepAPrefixAndAHashAndStayDistinct) {
  const std::string base(400, 'x');
  const std::string a = export_file_name(base + "a"), b = export_file_name(base + "b");
  EXPECT_NE(a, b);
  EXPECT_EQ(a.substr(0, 160), std::string(160, 'x'));
  EXPECT_EQ(a[160], '~');
  EXPECT_EQ(a.size(), 160u + 1 + 32);
  // A cut never splits an escape: 53 escapes of 3 bytes then one more.
  const std::string escaped = export_file_name(std::string(100, '/'));
  EXPECT_EQ(escaped.find('~'), 159u);
}

TEST(ExportFileName, DifferentIdsGiveDifferentNames) {
  std::set<std::string> names;
  const std::string ids[] = {"a/b",      "a%2Fb",      "a_b", "a.b", "A/b", "a/b/", "a//b", "a~b",
                             "manifest", "%6Danifest", "m",   "",    "%",   ".a",   "%2Ea"};
  for (const std::string& id : ids) {
    EXPECT_TRUE(names.insert(export_file_name(id)).second) << id;
  }
}

SearchResult result(const std::string& id) {
  SearchResult r;
  r.rank = 1;
  r.article.id = id;
  r.article.title = "Title";
  r.article.body = "Body text.";
  return r;
}

TEST(ExportDir, WritesTextMetadataAndManifestAndRefusesToOverwrite) {
  TempDir tmp;
  const fs::path dir = tmp.path() / "new" / "out";
  {
    ExportDir out(dir.string(), false);
    out.write(result("corpus/a.txt"));
    out.finish({{"total", 1}});
  }
  EXPECT_EQ(read(dir / "corpus%2Fa.txt.txt"), "Title\n\nBody text.\n");
  const auto meta = nlohmann::json::parse(read(dir / "corpus%2Fa.txt.json"));
  EXPECT_EQ(meta["id"], "corpus/a.txt");
  EXPECT_EQ(meta["text_file"], "corpus%2Fa.txt.txt");
  EXPECT_EQ(nlohmann::json::parse(read(dir / "manifest.json"))["files"], 1);
  ExportDir again(dir.string(), false);
  try {
    again.write(result("corpus/a.txt"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("exists"), std::string::npos);
  }
  ExportDir forced(dir.string(), true);
  forced.write(result("corpus/a.txt"));
  EXPECT_EQ(read(dir / "corpus%2Fa.txt.txt"), "Title\n\nBody text.\n");
}

TEST(ExportDir, ASymlinkInTheFolderIsNeverWrittenThrough) {
  TempDir tmp;
  const fs::path dir = tmp.path() / "out", outside = tmp.path() / "outside.txt";
  test::write_file(outside, "keep");
  fs::create_directories(dir);
  fs::create_symlink(outside, dir / "x.txt");
  EXPECT_THROW(ExportDir(dir.string(), false).write(result("x")), Error);
  EXPECT_EQ(read(outside), "keep");
  ExportDir(dir.string(), true).write(result("x"));
  EXPECT_EQ(read(outside), "keep");
  EXPECT_FALSE(fs::is_symlink(dir / "x.txt"));
  EXPECT_EQ(read(dir / "x.txt"), "Title\n\nBody text.\n");
}

TEST(ExportDir, AFileInPlaceOfTheFolderIsAUsageError) {
  TempDir tmp;
  test::write_file(tmp.path() / "file", "x");
  try {
    ExportDir out(tmp / "file", false);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
  }
}

}  // namespace
}  // namespace news
