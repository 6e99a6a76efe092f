// Statistics as JSON and text (see stats_format.hpp). Index:
// [SECTION] Helpers
// [SECTION] JSON
// [SECTION] Text
#include "core/stats/stats_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/stats/review_csv.hpp"

namespace retain {

// [SECTION] Helpers

namespace {

// Returns a number for JSON: up to 6 significant digits, null for NaN or infinity.
std::string jsonNumber(double value) {
    if (!std::isfinite(value)) return "null";
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

// Appends "key": value to a JSON object under construction, with a comma when not the first member.
void member(std::string& out, const char* key, const std::string& value) {
    if (out.back() != '{') out += ", ";
    out += jsonQuoted(key) + ": " + value;
}

// Returns "[a, b, ...]" of the items formatted by format.
template <typename Items, typename Format>
std::string jsonArray(const Items& items, Format format) {
    std::string out = "[";
    for (const auto& item : items) {
        if (out.size() > 1) out += ", ";
        out += format(item);
    }
    return out + "]";
}

std::string dailyArray(const DaySeries& series, const char* key, bool studyDaysOnly) {
    std::string out = "[";
    for (std::size_t i = 0; i < series.counts.size(); ++i) {
        if (studyDaysOnly && series.counts[i] == 0) continue;
        if (out.size() > 1) out += ", ";
        out += "{\"date\": " + jsonQuoted(dayDate(series.firstDay + static_cast<std::int64_t>(i))) + ", " +
               jsonQuoted(key) + ": " + std::to_string(series.counts[i]) + "}";
    }
    return out + "]";
}

std::string bucketJson(const RateBucket& bucket) {
    std::string out = "{";
    member(out, "from", jsonQuoted(dayDate(bucket.firstDay)));
    member(out, "days", std::to_string(bucket.days));
    member(out, "reviews", std::to_string(bucket.reviews));
    member(out, "passed", std::to_string(bucket.passed));
    member(out, "mature_reviews", std::to_string(bucket.matureReviews));
    member(out, "mature_passed", std::to_string(bucket.maturePassed));
    member(out, "accuracy", jsonNumber(bucket.accuracy()));
    member(out, "true_retention", jsonNumber(bucket.trueRetention()));
    return out + "}";
}

std::string checkJson(const CheckRecord& check) {
    const CheckReport report = buildCheckReport(check.answers);
    std::string out = "{";
    member(out, "id", std::to_string(check.id));
    member(out, "started_at", jsonQuoted(isoUtc(check.startedMs)));
    member(out, "questions", std::to_string(report.questions));
    member(out, "recalled", std::to_string(report.recalled));
    member(out, "mean_score", jsonNumber(report.meanScore));
    member(out, "mean_predicted", jsonNumber(report.meanPredicted));
    member(out, "predicted_actual", jsonNumber(report.predictedActual));
    member(out, "counted_as_reviews", check.countedAsReviews ? "true" : "false");
    return out + "}";
}

const char* kPhaseKeys[4] = {"new", "learning", "review", "relearning"};

}  // namespace

std::string jsonQuoted(const std::string& text) {
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", c);
            out += escape;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string percentText(double share) {
    if (!std::isfinite(share)) return "-";
    char text[16];
    std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
    return text;
}

// [SECTION] JSON

std::string statsJson(const StatsReport& report, const std::string& profile, const std::vector<CheckRecord>& checks) {
    std::string out = "{";
    member(out, "profile", jsonQuoted(profile));
    member(out, "now", jsonQuoted(isoUtc(report.nowMs)));
    member(out, "range_days", std::to_string(report.rangeDays));
    member(out, "reviews_total", std::to_string(report.reviewsTotal));
    std::string cards = "{";
    for (int phase = 0; phase < 4; ++phase) member(cards, kPhaseKeys[phase], std::to_string(report.cardsByPhase[static_cast<std::size_t>(phase)]));
    member(out, "cards", cards + "}");
    member(out, "suspended", std::to_string(report.suspended));
    member(out, "reviews_per_day", dailyArray(report.reviewsPerDay, "reviews", false));

    std::string retention = bucketJson(report.retention.total);
    retention.pop_back();
    member(retention, "buckets", jsonArray(report.retention.buckets, bucketJson));
    member(out, "retention", retention + "}");

    std::string forecast = "{";
    member(forecast, "overdue", std::to_string(report.forecast.overdue));
    member(forecast, "days", dailyArray(DaySeries{report.forecast.firstDay, report.forecast.due}, "due", false));
    member(out, "forecast", forecast + "}");

    std::string calendar = "{";
    member(calendar, "study_days", std::to_string(report.calendar.studyDays));
    member(calendar, "current_streak", std::to_string(report.calendar.currentStreak));
    member(calendar, "longest_streak", std::to_string(report.calendar.longestStreak));
    member(calendar, "days", dailyArray(report.calendar.days, "reviews", true));
    member(out, "calendar", calendar + "}");

    member(out, "mastery", jsonArray(report.mastery, [](const TagMastery& tag) {
        std::string item = "{";
        member(item, "tag", jsonQuoted(tag.tag));
        member(item, "questions", std::to_string(tag.questions));
        member(item, "studied", std::to_string(tag.studied));
        member(item, "mean_retrievability", jsonNumber(tag.meanRetrievability));
        member(item, "share_above_target", jsonNumber(tag.shareAboveTarget));
        return item + "}";
    }));
    member(out, "stability_histogram", jsonArray(report.stability, [](const HistogramBin& bin) {
        std::string item = "{";
        member(item, "from_days", jsonNumber(bin.fromDays));
        member(item, "to_days", jsonNumber(bin.toDays));
        member(item, "cards", std::to_string(bin.count));
        return item + "}";
    }));
    member(out, "hardest", jsonArray(report.hardest, [](const HardQuestion& hard) {
        std::string item = "{";
        member(item, "bank", jsonQuoted(hard.card.bankId));
        member(item, "question", jsonQuoted(hard.card.questionId));
        member(item, "reviews", std::to_string(hard.reviews));
        member(item, "lapses", std::to_string(hard.lapses));
        member(item, "mean_score", jsonNumber(hard.meanScore));
        return item + "}";
    }));
    member(out, "checks", jsonArray(checks, checkJson));
    return out + "}\n";
}

// [SECTION] Text

std::string statsText(const StatsReport& report, const std::string& profile, const std::vector<CheckRecord>& checks) {
    std::string out = "Profile " + profile + ": " + std::to_string(report.reviewsTotal) + " reviews\n";
    for (int phase = 0; phase < 4; ++phase)
        out += std::string("  ") + kPhaseKeys[phase] + ": " + std::to_string(report.cardsByPhase[static_cast<std::size_t>(phase)]) + "\n";
    out += "  suspended: " + std::to_string(report.suspended) + "\n";

    const std::string range = "last " + std::to_string(report.rangeDays) + " days";
    const RateBucket& total = report.retention.total;
    const DaySeries& perDay = report.reviewsPerDay;
    const int busiest = perDay.counts.empty() ? 0 : *std::max_element(perDay.counts.begin(), perDay.counts.end());
    out += "\nReviews, " + range + " (" + dayDate(perDay.firstDay) + " to " +
           dayDate(perDay.firstDay + static_cast<std::int64_t>(perDay.counts.size()) - 1) + "): " +
           std::to_string(perDay.total()) + ", busiest day " + std::to_string(busiest) + "\n";
    out += "  accuracy: " + percentText(total.accuracy()) + " of " + std::to_string(total.reviews) + " reviews\n";
    out += "  true retention: " + percentText(total.trueRetention()) + " of " + std::to_string(total.matureReviews) +
           " reviews of cards due after a day or more\n";

    int dueSoon = 0;
    for (std::size_t i = 0; i < report.forecast.due.size() && i < 7; ++i) dueSoon += report.forecast.due[i];
    out += "\nDue: " + std::to_string(report.forecast.due.empty() ? 0 : report.forecast.due[0]) + " today (" +
           std::to_string(report.forecast.overdue) + " overdue), " + std::to_string(dueSoon) + " within 7 days\n";
    out += "Study days in the last year: " + std::to_string(report.calendar.studyDays) + "; streak " +
           std::to_string(report.calendar.currentStreak) + " (longest " + std::to_string(report.calendar.longestStreak) + ")\n";

    out += "\nStability of studied cards (days: cards)\n ";
    for (const HistogramBin& bin : report.stability) {
        char text[48];
        if (std::isfinite(bin.toDays)) std::snprintf(text, sizeof text, " %g-%g: %d", bin.fromDays, bin.toDays, bin.count);
        else std::snprintf(text, sizeof text, " %g+: %d", bin.fromDays, bin.count);
        out += text;
    }
    out += "\n";

    if (!report.mastery.empty()) {
        out += "\nMastery per tag (mean recall now; share at or above the target)\n";
        for (const TagMastery& tag : report.mastery) {
            char text[160];
            std::snprintf(text, sizeof text, "  %-16s %4d questions, %4d studied  %7s  %7s\n", tag.tag.c_str(), tag.questions,
                          tag.studied, percentText(tag.meanRetrievability).c_str(), percentText(tag.shareAboveTarget).c_str());
            out += text;
        }
    }
    if (!report.hardest.empty()) {
        out += "\nHardest questions (lapses, mean score, reviews)\n";
        for (const HardQuestion& hard : report.hardest) {
            out += "  " + hard.card.text() + "  " + std::to_string(hard.lapses) + "  " + percentText(hard.meanScore) + "  " +
                   std::to_string(hard.reviews) + "\n";
        }
    }
    if (!checks.empty()) {
        out += "\nRetention checks (recalled; predicted)\n";
        for (const CheckRecord& check : checks) {
            const CheckReport summary = buildCheckReport(check.answers);
            out += "  " + isoUtc(check.startedMs) + "  " + std::to_string(summary.recalled) + "/" +
                   std::to_string(summary.questions) + "  " + percentText(shareOf(summary.recalled, summary.questions)) +
                   "; predicted " + percentText(summary.meanPredicted) + "\n";
        }
    }
    return out;
}

}  // namespace retain
