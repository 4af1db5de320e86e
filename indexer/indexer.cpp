#include "indexer.hpp"

#include <algorithm>
#include <chrono>
#include <deque>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>

#include "catalogue/catalogue.hpp"
#include "catalogue/entity_listing.hpp"
#include "collections.hpp"
#include "database.hpp"
#include "diagnostics.hpp"
#include "entity_terms.hpp"
#include "error.hpp"
#include "extract_json.hpp"
#include "facet_columns.hpp"
#include "file_reading.hpp"
#include "file_stream.hpp"
#include "index_store.hpp"
#include "interrupt.hpp"
#include "progress.hpp"
#include "read_ahead.hpp"
#include "scanner.hpp"
#include "seen_files.hpp"
#include "shard_share.hpp"

namespace news {
namespace {

// Errors met walking the inputs, reported as they are met (and counted in `summary`).
std::size_t report_scan_errors(const std::vector<ScanError>& errors, RunSummary* summary) {
  for (const auto& [path, reason] : errors) {
    report_failure(path, reason);
    if (summary != nullptr) {
      ++summary->failed_files;
      summary->skip(reason_kind(reason));
    }
  }
  return errors.size();
}

// True when `file` ("collection/relative") lies under a folder that could not be listed.
bool under_unlisted(const std::string& file, const ScanNotes& scan,
                    const std::map<std::string, std::string>& collection_of_root) {
  for (const UnlistedFolder& folder : scan.unlisted) {
    const std::string prefix = collection_of_root.at(folder.root) + "/";
    if (file.starts_with(prefix) && is_under_folder(file.substr(prefix.size()), folder.relative)) {
      return true;
    }
  }
  return false;
}

// Deletes the articles of files gone from the folder inputs (held by the index, not
// walked), except under folders that could not be listed completely (their files may well
// be there). A file gone whose id's hash is one walked is kept (SeenFiles).
void delete_vanished(const ScanNotes& scan, const SeenFiles& seen, IndexStore& store,
                     RunSummary& summary) {
  const auto is_seen = [&](const std::string& file) { return seen.contains(file); };
  const std::vector<std::string> collections = folder_collections(scan.folder_roots, store);
  std::map<std::string, std::string> collection_of_root;
  for (std::size_t i = 0; i < collections.size(); ++i) {
    collection_of_root[scan.folder_roots[i]] = collections[i];
  }
  for (const std::string& file : store.files_missing_under(collections, is_seen)) {
    if (!under_unlisted(file, scan, collection_of_root)) {
      summary.deleted += store.remove_file(file);
    }
  }
  for (const std::string& file : store.failures_missing_under(collections, is_seen)) {
    if (!under_unlisted(file, scan, collection_of_root)) {
      store.forget_failure(file);
    }
  }
}

// Only problems with inputs: nothing to index, and no index is created for it.
void refuse_no_input(Scanner& scan) {
  const ScanNotes& notes = scan.notes();
  if (scan.file_inputs().empty() && notes.folder_roots.empty() && notes.ignored.empty() &&
      !notes.errors.empty()) {
    const auto& [path, reason] = notes.errors.front();
    throw Error(ExitCode::kUsage, "no input found: " + path + ": " + reason,
                "check the path; no index was created or changed");
  }
}

// Errors other than folders that could not be listed: any of them stops all deletions.
bool scan_failed_elsewhere(const ScanNotes& scan) {
  return scan.error_count > scan.unlisted.size();
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The files the run reads, as the walk gives them: all of them without --shard, else this
// share. Every id given is added to `seen`: with --shard, the index holds only this share,
// so only its ids need be known to find the files gone. Errors are reported as met.
FileSource files_to_read(Scanner& scan, const ShardSpec& shard, SeenFiles& seen,
                         RunSummary& summary) {
  seen.reserve(shard.whole() ? scan.counted() : scan.counted() / shard.count * 9 / 8);
  return [&scan, &shard, &seen, &summary]() -> std::optional<InputFile> {
    while (std::optional<InputFile> file = scan.next()) {
      report_scan_errors(scan.take_errors(), &summary);
      if (in_share(file->id, shard)) {
        seen.add(file->id);
        return file;
      }
    }
    report_scan_errors(scan.take_errors(), &summary);
    return std::nullopt;
  };
}

// Once the files are written: what the walk skipped is counted, and the files gone are
// deleted where that is safe: after a whole walk, not interrupted, and only under folders
// that were listed completely (any other error stops all deletions).
void after_walk(const Scanner& scan, SeenFiles& seen, const IndexerOptions& o, IndexStore& store,
                RunSummary& summary) {
  for (const auto& [reason, count] : scan.notes().ignored) {
    summary.skipped[reason] += count;
  }
  if (!o.no_delete && !summary.interrupted && scan.done() && !scan_failed_elsewhere(scan.notes())) {
    seen.seal();
    delete_vanished(scan.notes(), seen, store, summary);
  }
}

// The text of the alias file given with --aliases. Throws Error(kInput).
std::string read_alias_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    throw Error(ExitCode::kInput, "cannot read the alias file " + path);
  }
  return text.str();
}

// The indexing run proper; the store (and its lock) is released when it returns.
RunSummary update_index(const IndexerOptions& o) {
  RunSummary summary;
  install_interrupt_handler();  // first: Ctrl-C during the survey stops the run cleanly too
  Scanner scan(o.inputs);
  refuse_no_input(scan);
  IndexStore store(o.db_dir, o.writers);
  settle_shard(store.database(), o.shard, o.db_dir);
  if (!o.move_root.first.empty()) {
    move_root(o.move_root.first, o.move_root.second, store);
  }
  assign_collections(scan, o.collection, store);
  report_scan_errors(scan.take_errors(), &summary);
  // With --shard, only this share is read; deletions still see every file walked, so they
  // only ever touch the files of this share (the only ones the index holds).
  SeenFiles seen;
  Progress progress(scan.counted(), o.progress);
  catalogue::NameSets linkable;  // names linked as articles were encoded
  FileStream(files_to_read(scan, o.shard, seen, summary), o, store, summary)
      .run(progress, linkable);
  progress.finish();
  summary.interrupted = interrupted();
  after_walk(scan, seen, o, store, summary);
  store.commit_if_due(o.batch_size, /*force=*/true);
  if (!o.aliases_file.empty()) {
    catalogue::store_aliases(store.database(), read_alias_file(o.aliases_file));
  }
  if (!summary.interrupted) {
    summary.relinked =
        catalogue::update_links(store.database(), store.written(), store.entity_names(), linkable)
            .relinked;
    store.commit();
  }
  summary.document_count = store.document_count();
  if (o.compact && !summary.interrupted) {
    std::tie(summary.compacted_from, summary.compacted_to) = store.compact();  // under the lock
  }
  if (!summary.interrupted) {  // an interrupted run's columns are stale, so not read
    refresh_facet_columns(o.db_dir);
  }
  return summary;
}

}  // namespace

RunSummary run_indexing(const IndexerOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  RunSummary summary = update_index(o);
  summary.seconds = seconds_since(start);
  return summary;
}

void refresh_facet_columns(const std::string& dir) {
  try {
    if (!schema::facet_columns_current(dir)) {
      schema::write_facet_columns(dir);
    }
  } catch (const std::exception& e) {
    std::cerr << "newsindex: note: facet columns not written (facets are counted without "
                 "them): "
              << e.what() << std::endl;
  }
}

int run_check(const IndexerOptions& o) {
  std::ostringstream report;
  const bool whole = schema::check_index(o.db_dir, report);
  std::cout << report.str();
  if (whole) {
    std::cout << "newsindex: index at " << o.db_dir << " is whole" << std::endl;
    return int(ExitCode::kOk);
  }
  throw Error(ExitCode::kDatabase, "index at " + o.db_dir + " is damaged",
              "rebuild it: remove " + o.db_dir + " and run newsindex again on the same folders");
}

void run_catalogue(const IndexerOptions& o) {
  if (!o.aliases_file.empty()) {
    const std::string text = read_alias_file(o.aliases_file);
    IndexStore store(o.db_dir);
    catalogue::store_aliases(store.database(), text);
    catalogue::update_links(store.database(), {}, {});
    store.commit();
    refresh_facet_columns(o.db_dir);
  }
  if (!o.entities) {
    return;
  }
  const Xapian::Database db = schema::open_for_search(o.db_dir);
  for (std::string_view field : schema::kEntityFields) {
    if (o.entity_type.empty() || o.entity_type == field) {
      catalogue::write_entities(std::cout, catalogue::list_entities(db, field), o.entity_format);
    }
  }
  std::cout.flush();
}

std::size_t run_extraction(const IndexerOptions& o) {
  Scanner scan(o.inputs);
  std::size_t failed = report_scan_errors(scan.take_errors(), nullptr);
  const auto next_file = [&]() {
    std::optional<InputFile> file = scan.next();
    failed += report_scan_errors(scan.take_errors(), nullptr);
    if (file) {
      file->id = file->relative;  // no index, no collections: ids relative to each input
    }
    return file;
  };
  std::deque<InputFile> in_flight;  // sent and not yet taken, oldest first (outlives `reading`)
  ReadAhead reading(o.jobs, read_settings(o), /*encode=*/false);
  std::optional<InputFile> next = next_file();
  while (next || !reading.empty()) {
    for (; next && reading.can_send(*next); next = next_file()) {
      in_flight.push_back(std::move(*next));
      reading.send({&in_flight.back(), std::nullopt, nullptr});
    }
    const auto [file, outcome, last] = reading.take();
    if (last) {  // a part of an archive is printed as it comes, its messages at its end
      report_read(*file, outcome);
      failed += (outcome.failure.empty() && outcome.result.errors.empty()) ? 0 : 1;
    }
    for (const Article& article : outcome.result.articles) {
      std::cout << extract_json_line(article) << '\n';
    }
    in_flight.pop_front();
  }
  std::cout.flush();
  return failed;
}

}  // namespace news
