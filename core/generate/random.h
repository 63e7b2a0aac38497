#pragma once
// The traffic generator's random numbers: xoshiro256** seeded through splitmix64, and the few
// distributions it needs written out by hand, because std::normal_distribution and friends
// give different numbers with different standard libraries and the generator promises the
// same records for the same seed everywhere.

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace rumscope {

class Random
{
public:
    explicit Random(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitMix64(x);
    }

    /// One step of splitmix64: advances x and returns a well-mixed word. Also used on its own
    /// to derive stable values (bundle hashes, user ids) from small integers.
    static quint64 splitMix64(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    static quint64 mix(quint64 x) { return splitMix64(x); }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n); n > 0. The bias of the multiply is below 2^-53 · n.
    int below(int n) { return std::min(int(uniform() * n), n - 1); }
    int between(int low, int high) { return low + below(high - low + 1); } ///< inclusive
    bool chance(double p) { return uniform() < p; }

    /// Standard normal by Marsaglia's polar method (needs only log and sqrt, both exact
    /// enough to be the same on every IEEE platform we build on).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0;
        double v = 0;
        double s = 0;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        const double factor = std::sqrt(-2 * std::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }

    /// Log-normal with the given median and shape (sigma of the underlying normal).
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4] = {};
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace rumscope
