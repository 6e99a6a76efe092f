// Backups on a worker thread, and a session's start and close backups (see backup_task.hpp).
#include "core/storage/backup_task.hpp"

#include "core/storage/store.hpp"

namespace retain {

std::unique_ptr<BackupTask> BackupTask::start(const std::string& databasePath, const std::string& backupDir, UnixMs nowMs,
                                              const BackupPolicy& policy) {
    std::unique_ptr<BackupTask> task(new BackupTask());
    BackupTask* self = task.get();
    self->m_thread = std::thread([self, databasePath, backupDir, nowMs, policy] {
        self->m_outcome.worker = std::this_thread::get_id();
        try {
            // Its own connection: a connection is not shared between threads, and a read-only one
            // cannot disturb the session's writes (WAL lets it read beside them).
            sql::Database source(databasePath, sql::OpenMode::ReadOnly);
            self->m_outcome.path = backupDatabase(source, backupDir, nowMs, policy.pagesPerStep, &self->m_outcome.steps);
            pruneBackups(backupDir, policy);
        } catch (const std::exception& error) {
            self->m_outcome.error = error.what();
        }
        self->m_finished.store(true);
    });
    return task;
}

BackupTask::~BackupTask() {
    if (m_thread.joinable()) m_thread.join();
}

const BackupOutcome& BackupTask::wait() {
    if (m_thread.joinable()) m_thread.join();
    return m_outcome;
}

SessionBackups::SessionBackups(const Store& store, const Clock& clock, const BackupPolicy& policy)
    : m_store(store), m_clock(clock), m_policy(policy) {
    const std::string backupDir = store.dataDir() + "/" + kBackupsFolderName;
    removeStaleBackupParts(backupDir);
    if (isBackupDue(backupDir, clock.nowMs(), policy)) {
        m_start = BackupTask::start(store.databasePath(), backupDir, clock.nowMs(), policy);
    }
}

SessionBackups::~SessionBackups() {
    if (!m_finished) finish();
}

namespace {

std::string startProblemOf(const BackupOutcome& outcome) {
    return outcome.error.empty() ? std::string() : "no backup was taken at start: " + outcome.error;
}

}  // namespace

std::string SessionBackups::startProblem() {
    if (!m_start || !m_start->finished()) return std::string();
    return startProblemOf(m_start->wait());  // finished: the join returns at once
}

std::vector<std::string> SessionBackups::finish() {
    m_finished = true;
    std::vector<std::string> problems;
    if (m_start) {
        const std::string problem = startProblemOf(m_start->wait());
        if (!problem.empty()) problems.push_back(problem);
    }
    if (m_store.changedSinceOpen()) {
        const std::string backupDir = m_store.dataDir() + "/" + kBackupsFolderName;
        m_close = BackupTask::start(m_store.databasePath(), backupDir, m_clock.nowMs(), m_policy);
        m_closeOutcome = m_close->wait();
        if (!m_closeOutcome.error.empty()) problems.push_back("no backup was taken on close: " + m_closeOutcome.error);
    }
    return problems;
}

}  // namespace retain
