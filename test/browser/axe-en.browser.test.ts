/** The accessibility gate on every kind of English page, in light and dark. */
import { accessibilitySuite } from '../support/axe';

accessibilitySuite('en');
