"""``manage.py seed_dossiers --count N``: realistic dossiers in bulk for demos, reports and benchmarks."""

from django.core.management.base import BaseCommand, CommandError

from dossiers.demo.dossiers import seed_dossiers


class Command(BaseCommand):
    help = (
        "Create N realistic dossiers (with events, history and ratings) over the last years, on the catalogue "
        "loaded by seed_demo. Use it on a database nobody is submitting to: codes continue the daily counters."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="how many dossiers")
        parser.add_argument("--years", type=int, default=2, help="spread over this many past years (default 2)")
        parser.add_argument("--seed", type=int, default=42, help="random seed, for repeatable data (default 42)")

    def handle(self, *args, count, years, seed, **options):
        if count < 1 or years < 1:
            raise CommandError("--count and --years must be at least 1.")
        try:
            seeded = seed_dossiers(count, years=years, seed=seed, progress=self.report)
        except LookupError as error:
            raise CommandError(f"{error}.") from error
        self.stdout.write(
            f"\nCreated {seeded.dossiers} dossiers, {seeded.events} events, {seeded.history} history rows and "
            f"{seeded.ratings} ratings in {seeded.seconds:.1f} s ({seeded.rate:,.0f} dossiers/s)."
        )

    def report(self, seeded):
        self.stdout.write(f"  {seeded.dossiers:>10,} dossiers, {seeded.rate:,.0f}/s", ending="\r")
        self.stdout.flush()
