// A linear scan that bounds JSON nesting before any recursive parser, copier or printer sees the text.
#include "diplograph/json.h"

namespace diplograph::core {

Result<void> checkJsonNesting(std::string_view text, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                return fail(ErrorCode::Parse, "JSON nested deeper than " + std::to_string(maxDepth) +
                                                  " levels at byte " + std::to_string(i));
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return {};
}

} // namespace diplograph::core
