#include <cstdio>

int main()
{
    std::puts("diplograph-cli " DIPLOGRAPH_VERSION);
    return 0;
}
