// An archive's member pieces put together in parts: member order whatever order the
// workers finish in, parts within their limits, messages in reading order, and a failure
// in the middle (parts emitted before it stay emitted, nothing after it is).
#include <gtest/gtest.h>
#include <xapian.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "part_assembly.hpp"

namespace news {
namespace {

using Ids = std::vector<std::string>;

// A piece read by a worker: one article per id (body `body`), encoded (data: the id).
void fill(MemberPiece& piece, const Ids& ids, const std::string& body = "text") {
  for (const std::string& id : ids) {
    Article a;
    a.id = id;
    a.body = body;
    piece.outcome.result.articles.push_back(a);
    Xapian::Document doc;
    doc.set_data(id);
    piece.outcome.documents.push_back(doc);
    piece.outcome.spelling_words.push_back("w" + id);
  }
  piece.done = true;
}

Ids ids_of(const FileOutcome& part) {
  Ids ids;
  for (std::size_t i = 0; i < part.result.articles.size(); ++i) {
    ids.push_back(part.result.articles[i].id);
    EXPECT_EQ(part.documents.at(i).get_data(), ids.back());  // documents stay with articles
    EXPECT_EQ(part.spelling_words.at(i), "w" + ids.back());
  }
  EXPECT_EQ(part.documents.size(), ids.size());
  return ids;
}

struct Emitted {
  std::vector<Ids> parts;
  PartAssembly::Emit emit() {
    return [this](FileOutcome part) {
      EXPECT_EQ(part.stamp, (FileStamp{7, 8, "hash"}));
      parts.push_back(ids_of(part));
    };
  }
};

const FileStamp kStamp{7, 8, "hash"};

TEST(PartAssembly, PartsComeInMemberOrderWhateverOrderTheWorkersFinishIn) {
  Emitted emitted;
  PartAssembly parts(kStamp, {3, 1U << 20}, emitted.emit());
  std::vector<MemberPiece*> pieces;
  for (int i = 0; i < 10; ++i) {
    pieces.push_back(&parts.add());
  }
  for (int i = 9; i >= 1; --i) {  // the first member is read last
    fill(*pieces[std::size_t(i)], {"m" + std::to_string(i)});
    parts.take_finished();
  }
  EXPECT_TRUE(emitted.parts.empty());  // nothing before the first member
  fill(*pieces[0], {"m0"});
  parts.take_finished();
  EXPECT_EQ(emitted.parts,
            (std::vector<Ids>{{"m0", "m1", "m2"}, {"m3", "m4", "m5"}, {"m6", "m7", "m8"}}));
  EXPECT_EQ(parts.emitted(), 3U);
  std::string failure;
  EXPECT_FALSE(parts.failure(failure));
  FileOutcome out;
  parts.finish({}, out);
  EXPECT_EQ(ids_of(out), (Ids{"m9"}));
}

TEST(PartAssembly, APartIsBoundedByTheBytesOfItsArticlesToo) {
  Emitted emitted;
  PartAssembly parts(kStamp, {1000, 10}, emitted.emit());
  for (int i = 0; i < 5; ++i) {
    fill(parts.add(), {"m" + std::to_string(i)}, "six b.");
  }
  parts.take_finished();
  EXPECT_EQ(emitted.parts, (std::vector<Ids>{{"m0", "m1"}, {"m2", "m3"}}));
}

// A member of several articles (a record file) is never split; a full part waits for the
// next articles, so that a file that fits exactly is never emitted.
TEST(PartAssembly, AFileThatFitsInOnePartIsNotEmitted) {
  Emitted emitted;
  PartAssembly parts(kStamp, {3, 1U << 20}, emitted.emit());
  fill(parts.add(), {"a", "b"});
  fill(parts.add(), {"c"});
  fill(parts.add(), {});  // a member that gave nothing
  parts.take_finished();
  EXPECT_TRUE(emitted.parts.empty());
  FileOutcome out;
  parts.finish({}, out);
  EXPECT_EQ(ids_of(out), (Ids{"a", "b", "c"}));
  EXPECT_EQ(parts.emitted(), 0U);

  PartAssembly big(kStamp, {3, 1U << 20}, emitted.emit());
  fill(big.add(), {"x"});
  fill(big.add(), {"r1", "r2", "r3", "r4"});  // over the limit: whole, in one part
  fill(big.add(), {"y"});
  big.take_finished();
  EXPECT_EQ(emitted.parts, (std::vector<Ids>{{"x", "r1", "r2", "r3", "r4"}}));
}

// Warnings of loading, then of each member in order, then of the container; cut warnings
// last; errors of the members then of the container; skipped counts summed: as one reader
// of the whole file says them, however many parts were emitted.
TEST(PartAssembly, MessagesAreKeptForTheOutcomeInReadingOrder) {
  Emitted emitted;
  PartAssembly parts(kStamp, {1, 1U << 20}, emitted.emit());
  for (int i = 0; i < 3; ++i) {
    MemberPiece& piece = parts.add();
    const std::string n = std::to_string(i);
    piece.outcome.result.warnings.push_back("warning " + n);
    piece.outcome.result.errors.push_back("error " + n);
    piece.outcome.result.skipped["image"] += 1;
    piece.cut_warnings.push_back("cut " + n);
    fill(piece, {"m" + n});
  }
  parts.take_finished();
  EXPECT_EQ(emitted.parts.size(), 2U);
  ReadResult container;
  container.warnings.push_back("container warning");
  container.errors.push_back("damaged archive");
  container.skipped["binary"] = 2;
  FileOutcome out;
  out.result.warnings.push_back("loading warning");
  parts.finish(container, out);
  EXPECT_EQ(ids_of(out), (Ids{"m2"}));
  EXPECT_EQ(out.result.warnings, (Ids{"loading warning", "warning 0", "warning 1", "warning 2",
                                      "container warning", "cut 0", "cut 1", "cut 2"}));
  EXPECT_EQ(out.result.errors, (Ids{"error 0", "error 1", "error 2", "damaged archive"}));
  EXPECT_EQ(out.result.skipped, (std::map<std::string, std::size_t>{{"binary", 2}, {"image", 3}}));
}

TEST(PartAssembly, AFailureInTheMiddleStopsThePartsAndIsTheFiles) {
  Emitted emitted;
  PartAssembly parts(kStamp, {2, 1U << 20}, emitted.emit());
  std::vector<MemberPiece*> pieces;
  for (int i = 0; i < 7; ++i) {
    pieces.push_back(&parts.add());
  }
  pieces[5]->failure = "member 5: internal error while reading: later";
  pieces[5]->done = true;
  pieces[3]->failure = "member 3: internal error while reading: first";
  pieces[3]->done = true;
  for (const int i : {0, 1, 2, 4, 6}) {
    fill(*pieces[std::size_t(i)], {"m" + std::to_string(i)});
  }
  parts.take_finished();
  EXPECT_TRUE(parts.failed());
  EXPECT_EQ(emitted.parts, (std::vector<Ids>{{"m0", "m1"}}));  // m2 was not emitted
  parts.take_finished();
  EXPECT_EQ(emitted.parts.size(), 1U);
  std::string failure;
  ASSERT_TRUE(parts.failure(failure));
  EXPECT_EQ(failure, "member 3: internal error while reading: first");  // the first in order

  PartAssembly thrown(kStamp, {2, 1U << 20}, emitted.emit());
  fill(thrown.add(), {"a"});
  MemberPiece& bad = thrown.add();
  bad.error = std::make_exception_ptr(std::logic_error("not a reading failure"));
  bad.done = true;
  thrown.take_finished();
  EXPECT_THROW(thrown.failure(failure), std::logic_error);
}

}  // namespace
}  // namespace news
