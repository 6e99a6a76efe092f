// Prompts read out of the article's context: words that only mean something beside the article
// ("last year", "the two countries") resolved with the article's date and title, and prompts that
// still lean on the context ("recently", "these arrangements") refused, so a question stands alone.
#pragma once

#include <optional>
#include <string>

namespace retain::draft {

// What an out-of-context prompt may borrow from the article.
struct ArticleContext {
    int year = 0;         // the article's year (from its date line); 0 when unknown
    std::string month;    // the article's month in words ("June 2018"); empty when its date has none
    std::string first;    // the two parties its title joins with a dash ("Russia–Japan" -> "Russia"); empty when none
    std::string second;   // ("Japan")
};

// The article's year from its ISO date ("2018-06-14" -> 2018) and the two parties its title joins with
// an en dash or a hyphen between capitalised words ("Asymmetry of Russia–Japan Relations").
ArticleContext contextFromHead(const std::string& isoDate, const std::string& title);

// The prompt with "last year", "this year", "next year" turned into "in 2017" and the like, and "the two
// countries", "both countries", "the two leaders" (governments, sides, ...) into the title's parties; nullopt when a word that needs
// the article's context stays ("recently", "currently", "now", "these ...", or a relative year with no
// article date). A state at the time of writing ("had already financed") is dated: ", according to the
// article of June 2018?" (nullopt without the article's month).
std::optional<std::string> resolveContext(const std::string& prompt, const ArticleContext& context);

}  // namespace retain::draft
