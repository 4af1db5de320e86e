// The scanner: escaped names, byte order of whole paths, files given as the walk goes,
// symlinked folders followed once, folders under a prefix.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "scanner.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using test::write_file;

std::vector<std::string> relatives(const ScanResult& scan) {
  std::vector<std::string> out;
  for (const InputFile& f : scan.files) {
    out.push_back(f.relative);
  }
  return out;
}

TEST(Scanner, NamesAreEscapedAndDiskPathsKept) {
  TempDir dir;
  write_file(dir.path() / "caf\xE9.txt", "x");
  write_file(dir.path() / "a\nb.txt", "x");
  const ScanResult scan = scan_inputs({dir.path().string()});
  ASSERT_EQ(relatives(scan), (std::vector<std::string>{"a%0Ab.txt", "caf%E9.txt"}));
  for (const InputFile& f : scan.files) {
    EXPECT_TRUE(fs::exists(f.disk_path)) << f.disk_path;
    EXPECT_TRUE(f.under_folder_input);
    EXPECT_EQ(f.root, fs::canonical(dir.path()).string());
  }
}

TEST(Scanner, SymlinkedFoldersAreFollowedOnceRealPathFirst) {
  TempDir dir;
  write_file(dir.path() / "in" / "real" / "x.txt", "x");
  write_file(dir.path() / "out" / "y.txt", "y");
  fs::create_directory_symlink(dir.path() / "out", dir.path() / "in" / "a-link-out");
  fs::create_directory_symlink("real", dir.path() / "in" / "a-link-real");
  fs::create_directory_symlink("..", dir.path() / "in" / "real" / "loop");
  const ScanResult scan = scan_inputs({(dir.path() / "in").string()});
  EXPECT_EQ(relatives(scan), (std::vector<std::string>{"a-link-out/y.txt", "real/x.txt"}));
  EXPECT_EQ(scan.ignored.at("folder reached twice (symlink loop or second link)"), 2u);
  EXPECT_TRUE(scan.unlisted.empty());
  EXPECT_TRUE(scan.errors.empty());
}

TEST(Scanner, MissingInputIsAnError) {
  TempDir dir;
  const ScanResult scan = scan_inputs({dir / "nowhere"});
  ASSERT_EQ(scan.errors.size(), 1u);
  EXPECT_EQ(scan.errors[0].second, "no such file or folder");
  EXPECT_TRUE(scan.folder_roots.empty());
}

TEST(Scanner, FileInputIsRelativeToItsFolder) {
  TempDir dir;
  write_file(dir.path() / "sub" / "x.txt", "x");
  const ScanResult scan = scan_inputs({dir / "sub/x.txt"});
  ASSERT_EQ(scan.files.size(), 1u);
  EXPECT_EQ(scan.files[0].relative, "x.txt");
  EXPECT_FALSE(scan.files[0].under_folder_input);
  EXPECT_EQ(scan.files[0].root, fs::canonical(dir.path() / "sub").string());
}

// The order of the whole escaped relative paths in bytes, folder by folder: "a-b/" before
// "a.txt" before "a/", an escaped byte sorted as its escape ("caf%E9" before "cafz").
TEST(Scanner, FilesComeInTheByteOrderOfTheirWholeEscapedPaths) {
  TempDir dir;
  for (const char* name :
       {"a0.txt", "a/b/c/d.txt", "a/b/c.txt", "cafz.txt", "a/b.txt", "a.txt", "x%41.txt",
        "caf\xE9/z.txt", "a-b/x.txt", ".hidden.txt", ".git/h.txt", "a/.cache/y.txt", "README.md"}) {
    write_file(dir.path() / name, "x");
  }
  const ScanResult scan = scan_inputs({dir.path().string()});
  const std::vector<std::string> expected{"a-b/x.txt",    "a.txt",       "a/b.txt",
                                          "a/b/c.txt",    "a/b/c/d.txt", "a0.txt",
                                          "caf%E9/z.txt", "cafz.txt",    "x%2541.txt"};
  EXPECT_EQ(relatives(scan), expected);
  std::vector<std::string> sorted = relatives(scan);
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, expected);
  EXPECT_EQ(scan.ignored.size(), 1u);  // README.md: documentation; hidden names not counted
}

// Files are listed as the walk reaches their folder: a file made in a folder not yet
// reached is given, past the count taken when the walk began.
TEST(Scanner, GivesFilesOneAtATimeAsItWalks) {
  TempDir dir;
  write_file(dir.path() / "a" / "1.txt", "x");
  write_file(dir.path() / "b" / "2.txt", "x");
  Scanner scanner({dir.path().string()});
  EXPECT_EQ(scanner.counted(), 2u);
  std::optional<InputFile> first = scanner.next();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->relative, "a/1.txt");
  EXPECT_EQ(first->walked, 1u);
  write_file(dir.path() / "b" / "3.txt", "x");
  std::vector<std::string> rest;
  while (std::optional<InputFile> file = scanner.next()) {
    rest.push_back(file->relative + " " + std::to_string(file->walked));
  }
  EXPECT_EQ(rest, (std::vector<std::string>{"b/2.txt 2", "b/3.txt 3"}));
  EXPECT_TRUE(scanner.done());
}

TEST(Scanner, IdsComeWithTheCollectionsSet) {
  TempDir dir;
  write_file(dir.path() / "in" / "x.txt", "x");
  write_file(dir.path() / "alone.txt", "x");
  Scanner scanner({(dir.path() / "in").string(), (dir.path() / "alone.txt").string()});
  ASSERT_EQ(scanner.file_inputs().size(), 1u);
  scanner.file_inputs()[0].id = "other/alone.txt";
  scanner.set_collections({{fs::canonical(dir.path() / "in").string(), "news"}});
  std::vector<std::string> ids;
  while (std::optional<InputFile> file = scanner.next()) {
    ids.push_back(file->id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"news/x.txt", "other/alone.txt"}));
  EXPECT_EQ(scanner.counted(), 2u);
}

// Two links to one folder outside the input: listed under the first link by name, the
// other counted as reached twice; a loop back to the input is not followed.
TEST(Scanner, AFolderLinkedTwiceIsListedUnderTheFirstLink) {
  TempDir dir;
  write_file(dir.path() / "in" / "m.txt", "x");
  write_file(dir.path() / "out" / "y.txt", "y");
  fs::create_directory_symlink(dir.path() / "out", dir.path() / "in" / "z-link");
  fs::create_directory_symlink(dir.path() / "out", dir.path() / "in" / "b-link");
  fs::create_directory_symlink(dir.path() / "in", dir.path() / "out" / "back");
  Scanner scanner({(dir.path() / "in").string()});
  EXPECT_EQ(scanner.counted(), 2u);
  std::vector<std::string> seen;
  while (std::optional<InputFile> file = scanner.next()) {
    seen.push_back(file->relative);
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"b-link/y.txt", "m.txt"}));
  EXPECT_EQ(scanner.notes().ignored.at("folder reached twice (symlink loop or second link)"), 2u);
}

TEST(Scanner, UnderFolder) {
  EXPECT_TRUE(is_under_folder("a/b/c.txt", "a/b"));
  EXPECT_TRUE(is_under_folder("a/b", "a/b"));
  EXPECT_TRUE(is_under_folder("anything", ""));
  EXPECT_FALSE(is_under_folder("a/bc/d.txt", "a/b"));
  EXPECT_FALSE(is_under_folder("a", "a/b"));
}

}  // namespace
}  // namespace news
