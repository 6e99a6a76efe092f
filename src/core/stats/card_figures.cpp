#include "core/stats/card_figures.hpp"

#include <algorithm>

namespace retain {

std::vector<CardMemory> activeMemories(const std::map<CardKey, StoredCard>& cards) {
    std::vector<CardMemory> memories;
    memories.reserve(cards.size());
    for (const auto& [key, card] : cards) {
        if (!card.suspended) memories.push_back(card.memory);
    }
    return memories;
}

std::array<int, 4> countByPhase(const std::map<CardKey, StoredCard>& cards) {
    std::array<int, 4> counts{};
    for (const auto& [key, card] : cards) {
        const int phase = static_cast<int>(card.memory.phase);
        if (phase >= 0 && phase < 4) ++counts[static_cast<std::size_t>(phase)];
    }
    return counts;
}

DueForecast dueForecast(const std::vector<CardMemory>& cards, UnixMs nowMs, int days, const StatsOptions& options) {
    DueForecast forecast;
    forecast.firstDay = statsDay(nowMs, options);
    forecast.due.assign(static_cast<std::size_t>(std::max(days, 1)), 0);
    const auto length = static_cast<std::int64_t>(forecast.due.size());
    for (const CardMemory& card : cards) {
        if (card.phase == CardPhase::New) continue;
        std::int64_t offset = statsDay(card.dueMs, options) - forecast.firstDay;
        if (offset < 0) {
            ++forecast.overdue;
            offset = 0;
        }
        if (offset < length) ++forecast.due[static_cast<std::size_t>(offset)];
    }
    return forecast;
}

std::vector<HistogramBin> stabilityHistogram(const std::vector<CardMemory>& cards) {
    std::vector<HistogramBin> bins;
    for (std::size_t i = 0; i + 1 < kStabilityEdgesDays.size(); ++i)
        bins.push_back(HistogramBin{kStabilityEdgesDays[i], kStabilityEdgesDays[i + 1], 0});
    for (const CardMemory& card : cards) {
        if (card.phase == CardPhase::New) continue;
        // The first edge above the stability closes its bin; upper_bound keeps [from, to) half-open.
        const auto edge = std::upper_bound(kStabilityEdgesDays.begin(), kStabilityEdgesDays.end(), card.stability);
        const auto bin = std::distance(kStabilityEdgesDays.begin(), edge) - 1;
        if (bin >= 0 && bin < static_cast<std::ptrdiff_t>(bins.size())) ++bins[static_cast<std::size_t>(bin)].count;
    }
    return bins;
}

std::vector<TaggedCard> tagCards(const std::vector<const Bank*>& banks, const std::map<CardKey, StoredCard>& cards) {
    std::vector<TaggedCard> tagged;
    for (const Bank* bank : banks) {
        for (const Question& question : bank->questions) {
            TaggedCard card{question.tags, std::nullopt};
            const auto found = cards.find(CardKey{bank->id, question.id});
            if (found != cards.end() && found->second.memory.phase != CardPhase::New) card.memory = found->second.memory;
            tagged.push_back(std::move(card));
        }
    }
    return tagged;
}

std::vector<TagMastery> masteryByTag(const std::vector<TaggedCard>& cards, const Scheduler& scheduler, UnixMs nowMs,
                                     double desiredRetention) {
    struct Sum {
        int questions = 0;
        int studied = 0;
        int above = 0;
        double retrievability = 0.0;
    };
    std::map<std::string, Sum> sums;
    for (const TaggedCard& card : cards) {
        const double r = card.memory ? scheduler.retrievability(*card.memory, nowMs) : 0.0;
        for (const std::string& tag : card.tags) {
            Sum& sum = sums[tag];
            ++sum.questions;
            sum.studied += card.memory ? 1 : 0;
            sum.above += (card.memory && r >= desiredRetention) ? 1 : 0;
            sum.retrievability += r;
        }
    }
    std::vector<TagMastery> mastery;
    for (const auto& [tag, sum] : sums) {
        mastery.push_back(TagMastery{tag, sum.questions, sum.studied, sum.retrievability / sum.questions,
                                     static_cast<double>(sum.above) / sum.questions});
    }
    return mastery;
}

}  // namespace retain
