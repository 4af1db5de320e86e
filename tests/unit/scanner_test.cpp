// The scanner: escaped names, symlinked folders followed once, folders under a prefix.
#include <gtest/gtest.h>

#include <filesystem>

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

TEST(Scanner, UnderFolder) {
  EXPECT_TRUE(is_under_folder("a/b/c.txt", "a/b"));
  EXPECT_TRUE(is_under_folder("a/b", "a/b"));
  EXPECT_TRUE(is_under_folder("anything", ""));
  EXPECT_FALSE(is_under_folder("a/bc/d.txt", "a/b"));
  EXPECT_FALSE(is_under_folder("a", "a/b"));
}

}  // namespace
}  // namespace news
