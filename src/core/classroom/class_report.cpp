// The class report (see class_report.hpp and docs/classroom.md).
#include "core/classroom/class_report.hpp"

#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

#include "core/text/delimited_text.hpp"
#include "core/text/number_text.hpp"
#include "core/text/utf8.hpp"

namespace retain {

namespace {

// Below this a variance counts as zero: scores are fractions, so real spreads are far larger.
constexpr double kZeroVariance = 1e-12;

// Returns the Pearson correlation of xs and ys (same length), or NaN when it is undefined.
double pearson(const std::vector<double>& xs, const std::vector<double>& ys) {
    const std::size_t n = xs.size();
    if (n < 2) return std::numeric_limits<double>::quiet_NaN();
    double meanX = 0.0;
    double meanY = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        meanX += xs[i];
        meanY += ys[i];
    }
    meanX /= static_cast<double>(n);
    meanY /= static_cast<double>(n);
    double covariance = 0.0;
    double varianceX = 0.0;
    double varianceY = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        covariance += (xs[i] - meanX) * (ys[i] - meanY);
        varianceX += (xs[i] - meanX) * (xs[i] - meanX);
        varianceY += (ys[i] - meanY) * (ys[i] - meanY);
    }
    const double scale = static_cast<double>(n);
    if (varianceX / scale < kZeroVariance || varianceY / scale < kZeroVariance) return std::numeric_limits<double>::quiet_NaN();
    return covariance / std::sqrt(varianceX * varianceY);
}

// Flags item with flag and appends "flag name: what value side limit" to its reason.
void addFlag(ItemAnalysis& item, ItemFlag flag, const char* what, double value, const char* side, double limit) {
    item.flags.push_back(flag);
    if (!item.reason.empty()) item.reason += "; ";
    item.reason += std::string(itemFlagName(flag)) + ": " + what + " " + formatIndex(value) + " " + side + " " +
                   formatIndex(limit);
}

}  // namespace

std::string classResultsCsv(const std::vector<ClassResultRow>& rows) {
    std::string out = formatDelimitedRecord({"student", "bank", "question", "answer", "score", "time_seconds"}, ',');
    for (const ClassResultRow& row : rows) {
        // Names and answers were typed by students: one starting with "=" must not run as a formula.
        out += formatDelimitedRecord({spreadsheetSafe(repairUtf8(row.student)), spreadsheetSafe(row.key.bankId),
                                      spreadsheetSafe(row.key.questionId), spreadsheetSafe(repairUtf8(row.answer)),
                                      exactNumberText(row.score), exactNumberText(row.timeSeconds)},
                                     ',');
    }
    return out;
}

const char* itemFlagName(ItemFlag flag) {
    switch (flag) {
        case ItemFlag::TooEasy: return "too easy";
        case ItemFlag::TooHard: return "too hard";
        case ItemFlag::LowDiscrimination: return "low discrimination";
    }
    return "?";
}

std::vector<ItemAnalysis> analyseItems(const std::vector<ClassResultRow>& rows, const ItemThresholds& thresholds) {
    // scores[question][student], last row wins; questions kept in order of first appearance.
    std::vector<CardKey> order;
    std::map<CardKey, std::map<std::string, double>> scores;
    for (const ClassResultRow& row : rows) {
        auto [at, inserted] = scores.try_emplace(row.key);
        if (inserted) order.push_back(row.key);
        at->second[row.student] = row.score;
    }
    std::map<std::string, double> totals;
    for (const auto& [key, byStudent] : scores) {
        for (const auto& [student, score] : byStudent) totals[student] += score;
    }

    std::vector<ItemAnalysis> items;
    items.reserve(order.size());
    for (const CardKey& key : order) {
        ItemAnalysis item;
        item.key = key;
        std::vector<double> own;
        std::vector<double> rest;
        for (const auto& [student, score] : scores[key]) {
            own.push_back(score);
            rest.push_back(totals[student] - score);
        }
        item.students = static_cast<int>(own.size());
        double sum = 0.0;
        for (double score : own) sum += score;
        item.meanScore = sum / static_cast<double>(own.size());
        item.facility = item.meanScore / 1.0;  // the maximum score of a question is 1
        item.discrimination = pearson(own, rest);

        if (item.facility > thresholds.facilityAbove) {
            addFlag(item, ItemFlag::TooEasy, "facility", item.facility, "above", thresholds.facilityAbove);
        }
        if (item.facility < thresholds.facilityBelow) {
            addFlag(item, ItemFlag::TooHard, "facility", item.facility, "below", thresholds.facilityBelow);
        }
        if (!std::isnan(item.discrimination) && item.discrimination < thresholds.discriminationBelow) {
            addFlag(item, ItemFlag::LowDiscrimination, "discrimination", item.discrimination, "below",
                    thresholds.discriminationBelow);
        }
        items.push_back(std::move(item));
    }
    return items;
}

std::string formatIndex(double value) {
    if (std::isnan(value)) return "n/a";
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

std::string itemAnalysisCsv(const std::vector<ItemAnalysis>& items) {
    std::string out =
        formatDelimitedRecord({"bank", "question", "students", "facility", "discrimination", "flagged", "reason"}, ',');
    for (const ItemAnalysis& item : items) {
        out += formatDelimitedRecord({spreadsheetSafe(item.key.bankId), spreadsheetSafe(item.key.questionId), std::to_string(item.students),
                                      formatIndex(item.facility), formatIndex(item.discrimination),
                                      item.flagged() ? "1" : "0", item.reason},
                                     ',');
    }
    return out;
}

std::string fewStudentsWarning(int students) {
    if (students >= kItemAnalysisMinStudents) return {};
    return "Only " + std::to_string(students) + (students == 1 ? " student" : " students") +
           " took it: with fewer than " + std::to_string(kItemAnalysisMinStudents) +
           ", facility and discrimination say little about the questions.";
}

std::string questionPrompt(const std::vector<Bank>& banks, const CardKey& key) {
    for (const Bank& bank : banks) {
        if (bank.id != key.bankId) continue;
        if (const Question* question = bank.find(key.questionId)) return question->prompt;
    }
    return key.text();
}

}  // namespace retain
