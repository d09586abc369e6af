/** The accessibility gate on every kind of Korean page. */
import { accessibilitySuite } from '../support/axe';

accessibilitySuite('ko');
