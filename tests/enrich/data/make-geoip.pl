#!/usr/bin/perl
# Writes a small GeoIP2-City-shaped MaxMind database for tst_enrich, so the test needs no
# downloaded database: perl make-geoip.pl OUTPUT.mmdb
# Networks (documentation ranges, hence remove_reserved_networks => 0):
#   198.51.100.0/24    DE, Bavaria, Munich, 48.1374 11.5755
#   2001:db8:1234::/48 JP, Tokyo, no city, 35.6897 139.6922
#   192.0.2.0/24       FR, country only (a Country database's answer)
use strict;
use utf8;
use warnings;

use MaxMind::DB::Writer::Tree;

my $output = shift @ARGV or die "usage: $0 OUTPUT.mmdb\n";

my %types = (
    city         => 'map',
    country      => 'map',
    subdivisions => [ 'array', 'map' ],
    location     => 'map',
    names        => 'map',
    iso_code     => 'utf8_string',
    geoname_id   => 'uint32',
    en           => 'utf8_string',
    de           => 'utf8_string',
    ja           => 'utf8_string',
    latitude     => 'double',
    longitude    => 'double',
);

my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version               => 6,
    record_size              => 24,
    database_type            => 'GeoIP2-City',
    languages                => [ 'en', 'de', 'ja' ],
    description              => { en => 'rumscope test database' },
    remove_reserved_networks => 0,
    map_key_type_callback    => sub { $types{ $_[0] } },
);

$tree->insert_network(
    '198.51.100.0/24',
    {
        country      => { iso_code => 'DE', names => { en => 'Germany', de => 'Deutschland' } },
        subdivisions => [ { iso_code => 'BY', names => { en => 'Bavaria', de => 'Bayern' } } ],
        city         => { geoname_id => 2867714, names => { en => 'Munich', de => 'München' } },
        location     => { latitude => 48.1374, longitude => 11.5755 },
    }
);
$tree->insert_network(
    '2001:db8:1234::/48',
    {
        country      => { iso_code => 'JP', names => { en => 'Japan', ja => '日本' } },
        subdivisions => [ { iso_code => '13', names => { en => 'Tokyo', ja => '東京都' } } ],
        location     => { latitude => 35.6897, longitude => 139.6922 },
    }
);
$tree->insert_network('192.0.2.0/24',
    { country => { iso_code => 'FR', names => { en => 'France' } } });

open my $fh, '>:raw', $output or die "cannot write $output: $!\n";
$tree->write_tree($fh);
close $fh or die "cannot write $output: $!\n";
