// Backups off the caller's thread: a BackupTask copies retain.db on a worker thread with its own
// read-only connection (SQLite's online backup API, a few pages per step), so the window's first frame
// and a terminal study's first question never wait for it. SessionBackups is what a Retain session on
// a data folder does: the interval backup at start when one is due, the close backup when the session
// changed the database. Policy and defaults: core/storage/backup.hpp, docs/storage.md.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "core/storage/backup.hpp"

namespace retain {

class Store;

// What one backup run did.
struct BackupOutcome {
    std::string path;          // the backup written; "" when none
    std::string error;         // why no backup was written; "" when it was
    int steps = 0;             // sqlite3_backup_step calls the copy took
    std::thread::id worker;    // the thread that copied
};

class BackupTask {
public:
    // Starts copying databasePath into backupDir, stamped nowMs (Unix ms), then pruning backupDir by
    // policy, on a new thread; returns at once.
    static std::unique_ptr<BackupTask> start(const std::string& databasePath, const std::string& backupDir, UnixMs nowMs,
                                             const BackupPolicy& policy);
    BackupTask(const BackupTask&) = delete;
    BackupTask& operator=(const BackupTask&) = delete;
    // Waits for the copy (a backup is never abandoned half-way by a normal close).
    ~BackupTask();

    // Returns true once the copy and the pruning are over.
    bool finished() const { return m_finished.load(); }
    // Blocks until finished(); returns what happened.
    const BackupOutcome& wait();

private:
    BackupTask() = default;
    std::thread m_thread;
    std::atomic<bool> m_finished{false};
    BackupOutcome m_outcome;  // written by the worker only, read after join
};

class SessionBackups {
public:
    // Deletes stale .part files in <data>/backups and, when isBackupDue(clock.nowMs()), starts the
    // interval backup of store's database; returns at once. store must hold the folder lock (Store::open).
    SessionBackups(const Store& store, const Clock& clock, const BackupPolicy& policy = {});
    // Calls finish() when it has not been called.
    ~SessionBackups();

    // Returns the start backup's task, or null when none was due.
    BackupTask* startBackup() { return m_start.get(); }
    // Returns true while the start backup is still copying (a window polls startProblem() until then).
    bool startRunning() const { return m_start && !m_start->finished(); }
    // Without waiting: the problem of a start backup that has finished and failed ("no backup was taken
    // at start: ...", e.g. a database that fails integrity_check), for the window to show at once; ""
    // while it runs, when it went well, or when none was due.
    std::string startProblem();
    // Waits for the start backup; then, when the store's connection changed the database since it was
    // opened, takes the close backup (stamped clock.nowMs()) and waits for it. Returns the problems for
    // the learner ("no backup was taken: ..."), empty when all went well. Call before the store closes.
    std::vector<std::string> finish();
    // Returns the close backup's outcome, or null when none was taken.
    const BackupOutcome* closeOutcome() const { return m_close ? &m_closeOutcome : nullptr; }

private:
    const Store& m_store;
    const Clock& m_clock;
    BackupPolicy m_policy;
    std::unique_ptr<BackupTask> m_start;
    std::unique_ptr<BackupTask> m_close;
    BackupOutcome m_closeOutcome;
    bool m_finished = false;
};

}  // namespace retain
