// The read-ahead of the indexer: persistent workers, results in input order, bounded
// files in flight, failures handed back for their own task.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "pipeline.hpp"
#include "read_ahead.hpp"
#include "scanner.hpp"
#include "sources/item_reading.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using test::TempDir;
using test::write_file;

TEST(OrderedPipeline, ResultsComeBackInSubmissionOrderWhateverFinishesFirst) {
  OrderedPipeline<int, int> pipeline(4, [](int& n) {
    // later tasks finish first
    std::this_thread::sleep_for(std::chrono::milliseconds((20 - n % 20) / 4));
    return n * n;
  });
  for (int n = 0; n < 200; ++n) {
    pipeline.submit(n);
  }
  EXPECT_EQ(pipeline.in_flight(), 200U);
  for (int n = 0; n < 200; ++n) {
    ASSERT_EQ(pipeline.next(), n * n);
  }
  EXPECT_EQ(pipeline.in_flight(), 0U);
}

TEST(OrderedPipeline, ThreadsAreMadeOnceAndReused) {
  std::mutex mutex;
  std::set<std::thread::id> threads;
  OrderedPipeline<int, int> pipeline(3, [&](int& n) {
    const std::lock_guard lock(mutex);
    threads.insert(std::this_thread::get_id());
    return n;
  });
  for (int round = 0; round < 50; ++round) {
    pipeline.submit(round);
    ASSERT_EQ(pipeline.next(), round);
  }
  EXPECT_LE(threads.size(), 3U);
  EXPECT_FALSE(threads.contains(std::this_thread::get_id()));
}

TEST(OrderedPipeline, AFailureIsRethrownForItsTaskOnly) {
  OrderedPipeline<int, int> pipeline(2, [](int& n) {
    if (n == 1) {
      throw std::runtime_error("task 1 failed");
    }
    return n;
  });
  for (int n = 0; n < 3; ++n) {
    pipeline.submit(n);
  }
  EXPECT_EQ(pipeline.next(), 0);
  EXPECT_THROW(pipeline.next(), std::runtime_error);
  EXPECT_EQ(pipeline.next(), 2);
}

TEST(OrderedPipeline, StoppingWithTasksLeftDropsThem) {
  std::atomic<int> done{0};
  {
    OrderedPipeline<int, int> pipeline(1, [&](int& n) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      ++done;
      return n;
    });
    for (int n = 0; n < 100; ++n) {
      pipeline.submit(n);
    }
  }
  EXPECT_LT(done.load(), 100);
}

// A task split into side jobs waits for them without a free worker: the task's own thread
// runs them (one worker), and with several workers all take part.
TEST(OrderedPipeline, SideJobsOfATaskAreRunEvenWithOneWorker) {
  for (unsigned workers : {1U, 3U}) {
    OrderedPipeline<int, long>* self = nullptr;
    std::mutex mutex;
    std::set<std::thread::id> threads;
    OrderedPipeline<int, long> pipeline(workers, [&](int& n) {
      std::vector<long> parts(50, 0);
      std::atomic<int> left{50};
      for (int k = 0; k < 50; ++k) {
        self->submit_side([&, k] {
          std::this_thread::sleep_for(std::chrono::microseconds(200));
          parts[std::size_t(k)] = long(n) * k;
          {
            const std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
          }
          --left;
        });
      }
      self->help_until([&] { return left == 0; });
      long sum = 0;
      for (long p : parts) {
        sum += p;
      }
      return sum;
    });
    self = &pipeline;
    for (int n = 1; n <= 4; ++n) {
      pipeline.submit(n);
    }
    for (int n = 1; n <= 4; ++n) {
      EXPECT_EQ(pipeline.next(), long(n) * 1225);  // 0 + 1 + ... + 49
    }
    EXPECT_FALSE(threads.contains(std::this_thread::get_id()));
    if (workers == 1) {
      EXPECT_EQ(threads.size(), 1U);
    } else {
      EXPECT_GE(threads.size(), 2U);
    }
  }
}

ReadSettings settings(std::size_t max_article_bytes = kDefaultMaxArticleBytes) {
  ReadSettings s;
  s.field_map = std::make_shared<const FieldMap>();
  s.max_article_bytes = max_article_bytes;
  return s;
}

TEST(ReadAhead, TakesFilesBackInOrderWithTheirArticles) {
  TempDir dir;
  for (int i = 0; i < 40; ++i) {
    write_file(dir.path() / ("story-" + std::to_string(100 + i) + ".txt"),
               "Story number " + std::to_string(i) + "\n\nThe council met on Monday.\n");
  }
  const ScanResult scan = scan_inputs({dir.path().string()});
  ASSERT_EQ(scan.files.size(), 40U);
  ReadAhead reading(3, settings(), /*encode=*/true);
  std::size_t next = 0;
  std::size_t taken = 0;
  while (next < scan.files.size() || !reading.empty()) {
    for (; next < scan.files.size() && reading.can_send(scan.files[next]); ++next) {
      reading.send({&scan.files[next], std::nullopt, nullptr});
    }
    ASSERT_LE(next - taken, 3 * ReadAhead::kPerJob);  // bounded in flight
    const auto [file, outcome, last] = reading.take();
    ASSERT_TRUE(last);
    ASSERT_EQ(file, &scan.files[taken]);
    ASSERT_EQ(outcome.result.articles.size(), 1U);
    EXPECT_EQ(outcome.result.articles[0].id, "story-" + std::to_string(100 + taken) + ".txt");
    EXPECT_EQ(outcome.documents.size(), 1U);  // encoded on the worker
    ++taken;
  }
  EXPECT_EQ(taken, 40U);
}

TEST(ReadAhead, HeavyFilesInFlightAreBounded) {
  TempDir dir;
  const std::string big(5U << 20, 'a');  // over 4 MB kept: heavy
  for (int i = 0; i < 6; ++i) {
    write_file(dir.path() / ("big-" + std::to_string(i) + ".txt"), big);
  }
  const ScanResult scan = scan_inputs({dir.path().string()});
  ReadAhead reading(2, settings(std::size_t{8} << 20), /*encode=*/false);
  std::size_t sent = 0;
  for (; sent < scan.files.size() && reading.can_send(scan.files[sent]); ++sent) {
    reading.send({&scan.files[sent], std::nullopt, nullptr});
  }
  EXPECT_EQ(sent, ReadAhead::kHeavy);
  (void)reading.take();
  EXPECT_TRUE(reading.can_send(scan.files[sent]));
  while (!reading.empty()) {
    (void)reading.take();
  }
}

// An archive's members (a web archive's pages) are read by all the workers; its outcome is
// the one read_input_file gives reading it alone, damaged archives and web archives
// included.
TEST(ReadAhead, AnArchiveReadByAllTheWorkersIsReadAsByOne) {
  const std::string corpus = std::string(NEWS_SOURCE_DIR) + "/sample_corpus/";
  const ScanResult scan = scan_inputs({corpus + "archives", corpus + "broken/archives"});
  ASSERT_GE(scan.files.size(), 7U);
  ReadAhead reading(3, settings(512), /*encode=*/true);
  for (const InputFile& file : scan.files) {
    reading.send({&file, std::nullopt, nullptr});
  }
  std::size_t archives = 0;
  for (const InputFile& file : scan.files) {
    const auto [taken, outcome, last] = reading.take();
    ASSERT_TRUE(last);
    ASSERT_EQ(taken, &file);
    const FileOutcome alone = read_input_file(file, std::nullopt, settings(512));
    EXPECT_EQ(outcome.failure, alone.failure) << file.path;
    EXPECT_EQ(outcome.result.warnings, alone.result.warnings) << file.path;
    EXPECT_EQ(outcome.result.errors, alone.result.errors) << file.path;
    EXPECT_EQ(outcome.result.skipped, alone.result.skipped) << file.path;
    ASSERT_EQ(outcome.result.articles.size(), alone.result.articles.size()) << file.path;
    ASSERT_EQ(outcome.documents.size(), alone.result.articles.size()) << file.path;
    for (std::size_t i = 0; i < alone.result.articles.size(); ++i) {
      EXPECT_EQ(outcome.result.articles[i].id, alone.result.articles[i].id);
      EXPECT_EQ(outcome.result.articles[i].body, alone.result.articles[i].body);
    }
    archives += reads_as_stream(classify_name(file.disk_path)) ? 1 : 0;
  }
  EXPECT_EQ(archives, 5U);  // zip, tar.gz and warc.gz; a damaged zip, a truncated tar.gz
}

// With parts of one article, an archive comes back in parts, member order, then its
// outcome with every message: together what read_input_file gives reading it alone.
TEST(ReadAhead, AnArchiveLargerThanAPartComesBackInPartsInMemberOrder) {
  const std::string corpus = std::string(NEWS_SOURCE_DIR) + "/sample_corpus/";
  const ScanResult scan = scan_inputs({corpus + "archives", corpus + "broken/archives"});
  for (const unsigned jobs : {1U, 3U}) {
    ReadAhead reading(jobs, settings(512), /*encode=*/true, PartLimits{1, 1U << 20});
    for (const InputFile& file : scan.files) {
      reading.send({&file, std::nullopt, nullptr});
    }
    std::size_t in_parts = 0;
    for (const InputFile& file : scan.files) {
      std::vector<std::string> ids;
      std::size_t parts = 0;
      FilePart taken = reading.take();
      for (; !taken.last; taken = reading.take(), ++parts) {
        ASSERT_EQ(taken.file, &file);
        ASSERT_FALSE(taken.outcome.result.articles.empty());  // one member's articles
        EXPECT_EQ(taken.outcome.documents.size(), taken.outcome.result.articles.size());
        EXPECT_TRUE(taken.outcome.result.warnings.empty());  // messages come at the end
        EXPECT_EQ(taken.outcome.stamp.size, file.size);
        for (const Article& a : taken.outcome.result.articles) {
          ids.push_back(a.id);
        }
      }
      ASSERT_EQ(taken.file, &file);
      for (const Article& a : taken.outcome.result.articles) {
        ids.push_back(a.id);
      }
      EXPECT_EQ(taken.outcome.documents.size(), taken.outcome.result.articles.size());
      const FileOutcome alone = read_input_file(file, std::nullopt, settings(512));
      std::vector<std::string> alone_ids;
      for (const Article& a : alone.result.articles) {
        alone_ids.push_back(a.id);
      }
      EXPECT_EQ(ids, alone_ids) << file.path;
      EXPECT_EQ(taken.outcome.failure, alone.failure) << file.path;
      EXPECT_EQ(taken.outcome.result.warnings, alone.result.warnings) << file.path;
      EXPECT_EQ(taken.outcome.result.errors, alone.result.errors) << file.path;
      EXPECT_EQ(taken.outcome.result.skipped, alone.result.skipped) << file.path;
      EXPECT_FALSE(taken.outcome.cut_short);
      in_parts += parts > 0 ? 1 : 0;
    }
    EXPECT_GE(in_parts, 3U);  // the zip, the tar.gz and the web archive at least
    EXPECT_TRUE(reading.empty());
  }
}

TEST(FileReading, AFileThatGrewSinceTheScanIsReadAndHashedWhole) {
  TempDir dir;
  std::string body;
  for (int i = 0; i < 2000; ++i) {
    body += "The council met again on Monday and voted on the budget. ";
  }
  write_file(dir.path() / "grown.txt", "Council votes\n\n" + body + "\nThe end.\n");
  ScanResult scan = scan_inputs({dir.path().string()});
  ASSERT_EQ(scan.files.size(), 1U);
  InputFile as_scanned = scan.files[0];
  as_scanned.size = 10;  // read with a block far smaller than the file
  const FileOutcome small_block = read_input_file(as_scanned, std::nullopt, settings());
  const FileOutcome whole = read_input_file(scan.files[0], std::nullopt, settings());
  ASSERT_EQ(small_block.result.articles.size(), 1U);
  EXPECT_EQ(small_block.stamp.size, scan.files[0].size);
  EXPECT_EQ(small_block.stamp.content_hash, whole.stamp.content_hash);
  EXPECT_EQ(small_block.result.articles[0].body, whole.result.articles[0].body);
  EXPECT_TRUE(small_block.result.articles[0].body.ends_with("The end."));
}

}  // namespace
}  // namespace news
