#include "text/markup.h"

namespace diplograph::core::text {

bool looksLikeHtml(std::string_view)
{
    return false;
}

HeadlineInfo convertHtml(std::string_view original, TextBuilder& builder)
{
    builder.normaliseRange(0, original.size());
    return {};
}

HeadlineInfo convertMarkdown(std::string_view original, TextBuilder& builder)
{
    builder.normaliseRange(0, original.size());
    return {};
}

} // namespace diplograph::core::text
