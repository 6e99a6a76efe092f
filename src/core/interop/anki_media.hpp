// Media references inside Anki note fields: <img src="..." alt="..."> and [sound:...].
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace retain {

struct HtmlImageRef {
    std::string src;   // the media name, entities decoded ("a&amp;b.png" -> "a&b.png"); untrusted
    std::string alt;   // the alt text, entities decoded; empty when the tag has none
};

struct FieldMedia {
    std::vector<HtmlImageRef> images;   // in field order
    int sounds = 0;                     // [sound:...] references removed
};

// Returns html without its <img ...> tags and [sound:...] references, appending what they referred to
// to media. Attribute values may be double-quoted, single-quoted or bare; names are case-insensitive.
std::string takeMedia(std::string_view html, FieldMedia& media);

// Returns the value of attribute name in the text of one tag ("<img src=a.png alt='x'>"), entities
// decoded; found is false when the tag has no such attribute.
std::string tagAttribute(std::string_view tag, std::string_view name, bool& found);

}  // namespace retain
