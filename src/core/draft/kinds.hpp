// Which side a person stands on and which event a question means: the rules that keep a choice's
// distractors of the same kind (people whose posts name the same country) and pin "the talks" of a prompt
// by the place and month the article gives them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/draft/fact.hpp"

namespace retain::draft {

// The countries a post names, as lower-case stems of four letters ("russ" for "Russia's" and "Russian",
// "japa" for "of Japan" and "Japanese"), sorted and distinct: possessives, nationality adjectives, and the
// place after a closing "of" when some post of people names it outright ("Japan's", not "of Transport");
// words of people's names and title words left out. Empty when the post names no country ("Chair of the Committee").
std::vector<std::string> countriesOfPost(const std::string& post, const std::vector<Fact>& people);

// The people of the article (other than person) whose posts name the same countries as person's, in article
// order; every other person when person's post names no country.
std::vector<Fact> sameSidePeople(const Fact& person, const std::vector<Fact>& people);

// The post without a bracketed gloss ("Keidanren (Japan Business Federation)" -> "Keidanren"): the gloss
// would answer the acronym's own question.
std::string postWithoutGloss(std::string post);

// A prompt with its event pinned, and where the pin stands (0 when the prompt was left as it was).
struct PinnedPrompt {
    std::string prompt;
    std::string pin;    // "in Moscow in May 2018"; empty when none was added
    int paragraph = 0;  // the paragraph of the sentence that dates the event
};

// The prompt with a definite event ("the talks", "the visit", "the meeting", "the summit") pinned by the place
// and month of the latest sentence at or before fact's (its paragraph first, then earlier ones) that dates
// that event within 8 words: "... following the talks between the leaders in Moscow in May 2018?". The prompt
// unchanged when it names no such event or already holds a year; nullopt when nothing in the article pins it.
std::optional<PinnedPrompt> pinnedEvent(const std::string& prompt, const Fact& fact, const std::vector<Fact>& facts);

}  // namespace retain::draft
