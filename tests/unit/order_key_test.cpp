// The order of equally relevant articles (slot kOrder): newest first, then id, undated
// last, as plain bytes that a remote index sorts by; and indexes written before the slot
// existed (schema version 2) are refused with a re-index hint.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "database.hpp"
#include "document_codec.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "support/temp_dir.hpp"

namespace news::schema {
namespace {

Article dated(std::string id, std::int64_t seconds) {
  Article a;
  a.id = std::move(id);
  a.date = Timestamp{std::chrono::sys_seconds(std::chrono::seconds(seconds))};
  return a;
}

Article undated(std::string id) {
  Article a;
  a.id = std::move(id);
  return a;
}

TEST(OrderKey, NewestFirstUndatedLastTiesByAHashOfTheId) {
  // In the order newsquery must give equally relevant articles of different times.
  const std::vector<Article> expected = {dated("c/2", 1700000001),  dated("a/1", 1700000000),
                                         dated("z/0", 0),           dated("y/0", -86400),
                                         dated("x/0", -2208988800), undated("a/0")};
  std::vector<std::string> keys;
  for (const Article& a : expected) {
    keys.push_back(DocumentCodec::order_key(a));
    EXPECT_EQ(keys.back().size(), 16U);  // short: a request may read it for every match
  }
  EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
  // Articles of the same second differ in the hash of their ids alone.
  const std::string a = DocumentCodec::order_key(dated("a/1", 1700000000));
  const std::string b = DocumentCodec::order_key(dated("b/1", 1700000000));
  EXPECT_NE(a, b);
  EXPECT_EQ(a.substr(0, 8), b.substr(0, 8));
  EXPECT_EQ(DocumentCodec::order_key(dated("a/1", 1700000000)), a);
}

TEST(OrderKey, StoredInItsSlot) {
  DocumentCodec codec;
  const Article a = dated("news/a.txt", 1700000000);
  EXPECT_EQ(codec.encode(a, FileStamp{}).get_value(slot::kOrder), DocumentCodec::order_key(a));
}

TEST(OrderKey, IndexOfSchemaVersion2IsRefusedWithReindexHint) {
  test::TempDir dir;
  {
    Xapian::WritableDatabase db = open_for_writing(dir / "old.db");
    db.set_metadata(std::string(kSchemaVersionKey), "2");
    db.commit();
  }
  for (const bool writing : {false, true}) {
    try {
      if (writing) {
        open_for_writing(dir / "old.db");
      } else {
        open_for_search(dir / "old.db");
      }
      ADD_FAILURE() << "opened a version 2 index";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kDatabase);
      EXPECT_NE(std::string(e.what()).find("schema version 2"), std::string::npos) << e.what();
      EXPECT_NE(e.hint().find("re-index"), std::string::npos) << e.hint();
    }
  }
}

}  // namespace
}  // namespace news::schema
