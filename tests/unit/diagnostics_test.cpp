// Messages printed while the terminal progress line shows start on a line of their own.
#include <gtest/gtest.h>

#include "diagnostics.hpp"
#include "progress.hpp"

namespace news {
namespace {

TEST(Diagnostics, WarningClearsTheProgressLineFirst) {
  testing::internal::CaptureStderr();
  {
    Progress progress(10, /*enabled=*/true);
    progress.update(3);
    report_warning("a.txt", "something odd");
    report_failure("b.txt", "cannot read");
  }
  const std::string err = testing::internal::GetCapturedStderr();
  const std::size_t line = err.find("3/10 files");
  const std::size_t warning = err.find("newsindex: warning: a.txt: something odd\n");
  ASSERT_NE(line, std::string::npos) << err;
  ASSERT_NE(warning, std::string::npos) << err;
  EXPECT_EQ(err.substr(warning - 4, 4), "\r\033[K") << err;
  // The line is cleared once: the failure that follows starts right after the warning.
  EXPECT_NE(err.find("something odd\nnewsindex: b.txt: cannot read\n"), std::string::npos) << err;
}

TEST(Diagnostics, NothingIsClearedWithoutAProgressLine) {
  testing::internal::CaptureStderr();
  report_warning("a.txt", "something odd");
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "newsindex: warning: a.txt: something odd\n");
}

}  // namespace
}  // namespace news
